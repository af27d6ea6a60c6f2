#pragma once
// Small text outputs (a deck's index, the window's state file) written whole or not at all.

#include <filesystem>
#include <string>

namespace gb::app {

//! Writes text to a file through a temporary file and a rename, so readers never see half of it.
//! Throws render::WriteError naming the file.
void writeTextAtomically(const std::filesystem::path& file, const std::string& text);

} // namespace gb::app
