#pragma once
// A seeded mutation fuzzer's parts, shared by the story loader's and the map data's fuzzers:
// every mutation of a real file must end in a result or the loader's own error, never in another
// exception, a crash, a sanitizer report or a long parse. Deterministic for a seed, so a failure
// found in CI is repeated with the same command; it stops after --seconds.

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <typeinfo>
#include <vector>

namespace gb::fuzz {

using Clock = std::chrono::steady_clock;

//! Values that have broken parsers before: huge, tiny, negative zero, not numbers, odd dates.
inline const std::vector<std::string> parserBreakers = {
    "1e400", "-1e400", "1e-400", "-0", "99999999999999999999999", "NaN", "Infinity", "\"\"", "null", "true",
    "[]", "{}", "\"2024-02-30\"", "\"0000-00-00\"", "\"9999-12-31\"", "\"2024-13-01\"", "\"\\u0000\"",
    "\"\\ud800\"", "\"\xc3\x28\"", "-181", "91", "0.0000000001", "\"#zzzzzz\"", "\"#12345\"", "1.5", "-1"};

class Mutator {
public:
    //! `tokens`: values to put in place of a value (parserBreakers, and any the format adds).
    Mutator(unsigned seed, std::vector<std::string> tokens) : random_(seed), tokens_(std::move(tokens)) {}

    std::string mutate(std::string text) {
        const int rounds = 1 + static_cast<int>(pick(4));
        for (int i = 0; i < rounds && !text.empty(); ++i)
            text = once(std::move(text));
        return text;
    }

private:
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

    std::string once(std::string text) {
        const std::size_t at = pick(text.size());
        const std::size_t length = 1 + pick(std::min<std::size_t>(64, text.size() - at));
        switch (pick(7)) {
        case 0: text[at] = static_cast<char>(text[at] ^ (1 << pick(8))); break; // flip a bit
        case 1: text.insert(at, 1, "{}[]\",:\\-.e0\x7f\xff"[pick(15)]); break;
        case 2: text.erase(at, length); break;
        case 3: text.insert(pick(text.size()), text.substr(at, length)); break; // duplicate a piece
        case 4: replaceValue(text, at, tokens_[pick(tokens_.size())]); break;
        case 5: replaceValue(text, at, quotedRun(1 + pick(70000))); break; // past the 64 KB limit, or not
        default: text.insert(at, std::string(pick(200), "[{"[pick(2)])); break; // deep nesting
        }
        return text;
    }

    static std::string quotedRun(std::size_t length) {
        std::string value(length + 2, 'x');
        value.front() = value.back() = '"';
        return value;
    }

    //! Replaces the value after the ':' at or after `at` (up to the next ',' or '}').
    static void replaceValue(std::string& text, std::size_t at, const std::string& value) {
        const std::size_t colon = text.find(':', at);
        if (colon == std::string::npos)
            return;
        const std::size_t end = text.find_first_of(",}\n", colon + 1);
        text.replace(colon + 1, (end == std::string::npos ? text.size() : end) - colon - 1, value);
    }

    std::mt19937 random_;
    std::vector<std::string> tokens_;
};

inline std::string readFile(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Settings {
    double seconds = 10;
    unsigned seed = 1;
    std::string save;
    std::vector<std::string> seeds;
};

inline Settings settingsFrom(int argc, char** argv, std::string save) {
    Settings s;
    s.save = std::move(save);
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seconds" && i + 1 < argc)
            s.seconds = std::stod(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc)
            s.seed = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (arg == "--save" && i + 1 < argc)
            s.save = argv[++i];
        else
            s.seeds.push_back(arg);
    }
    return s;
}

//! The fuzzing loop: mutates the seed files in turn until `settings.seconds` have passed.
//! `exercise(text)` returns whether the case was accepted, false when the loader refused it in
//! its own way; anything it throws, or a case taking over 2 s, is a failure: the case is saved
//! as `settings.save`, and 1 is returned. `name` heads the summary line.
inline int runMutationFuzz(const std::string& name, const Settings& settings, const std::vector<std::string>& tokens,
                           const std::function<bool(const std::string&)>& exercise) {
    std::vector<std::string> seeds;
    for (const std::string& file : settings.seeds)
        seeds.push_back(readFile(file));
    if (seeds.empty() || seeds.front().empty()) {
        std::cerr << "usage: geobrief_" << name << "_fuzz [--seconds S] [--seed N] [--save FILE] SEED_FILE...\n";
        return 2;
    }
    Mutator mutator(settings.seed, tokens);
    const auto start = Clock::now();
    std::size_t cases = 0, accepted = 0;
    double slowest = 0;
    while (std::chrono::duration<double>(Clock::now() - start).count() < settings.seconds) {
        const std::string text = mutator.mutate(seeds[cases % seeds.size()]);
        const auto before = Clock::now();
        try {
            accepted += exercise(text) ? 1 : 0;
        } catch (const std::exception& e) {
            std::ofstream(settings.save, std::ios::binary) << text;
            std::cerr << "case " << cases << " (seed " << settings.seed << "): " << typeid(e).name() << ": " << e.what()
                      << "\n  saved as " << settings.save << '\n';
            return 1;
        }
        const double took = std::chrono::duration<double>(Clock::now() - before).count();
        slowest = std::max(slowest, took);
        if (took > 2.0) { // a hostile file must not cost seconds
            std::ofstream(settings.save, std::ios::binary) << text;
            std::cerr << "case " << cases << " took " << took << " s; saved as " << settings.save << '\n';
            return 1;
        }
        ++cases;
    }
    std::cout << name << " fuzz: " << cases << " cases in " << settings.seconds << " s (" << accepted
              << " accepted, the rest refused by the loader), none failed; slowest " << slowest * 1000 << " ms (seed "
              << settings.seed << ")\n";
    return 0;
}

} // namespace gb::fuzz
