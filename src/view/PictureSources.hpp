#pragma once
// Which sources a picture cites: the sources of what it shows, numbered in order of first
// appearance, so every slide and saved picture can carry its own compact source line and the
// deck's index can list them in full.

#include "story/Story.hpp"

#include <string>
#include <vector>

namespace gb::view {

//! The sources of the items a picture shows: a step's own list when it gives one, else its
//! highlighted items'; without a step or a highlight,
//! every flow already drawn at `storyDay`, every region, and every dated place that has
//! appeared. Each item's own sources, then its figures' sources; no source twice.
[[nodiscard]] std::vector<const story::Source*> pictureSources(const story::Story& story, const story::Step* step,
                                                               double storyDay);

//! "Sources (as of 5 Nov 2024): [1] KBS World (Yonhap), 18 Oct 2024; [2] ..." or in Spanish
//! "Fuentes (datos a 5 nov. 2024): ...". Empty when there are no sources.
[[nodiscard]] std::string sourceLine(const std::vector<const story::Source*>& sources, int asOfDay,
                                     story::Language language);

} // namespace gb::view
