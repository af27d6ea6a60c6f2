#pragma once
// The record in words, the way each language writes it: confidence levels, "Reported by NIS
// (18 Oct 2024)", and figures ("about 12,000" / "alrededor de 12.000").

#include "story/Story.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gb::story {

//! "confirmed", "assessed", "reported", "claimed" (the story file's words).
[[nodiscard]] const char* confidenceWord(Confidence level);
[[nodiscard]] std::optional<Confidence> confidenceFromWord(std::string_view word);

//! "exactly", "about", "over", "upTo", "nearly" (the story file's words).
[[nodiscard]] const char* qualifierWord(Qualifier q);
[[nodiscard]] std::optional<Qualifier> qualifierFromWord(std::string_view word);

//! 12000 -> "12,000" (English) or "12.000" (Spanish).
[[nodiscard]] std::string formatCount(long long value, Language language);

//! "about 12,000" / "alrededor de 12.000".
[[nodiscard]] std::string figureValue(const Figure& figure, Language language);

//! "NIS, 18 Oct 2024" / "NIS, 18 oct. 2024" (who, when; either may be missing).
[[nodiscard]] std::string whoAndWhen(const Attribution& attribution, Language language);

//! "Reported by South Korea's NIS (18 Oct 2024)" with the story's phrase for the level; the
//! level's name alone when nobody is named.
[[nodiscard]] std::string attributionLine(const Story& story, const Attribution& attribution, Language language);

} // namespace gb::story
