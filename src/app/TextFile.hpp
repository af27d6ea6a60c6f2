#pragma once
// Small text outputs (a deck's index, the window's state file) written whole or not at all.

#include <filesystem>
#include <string>

namespace gb::app {

//! Writes text to a file through a temporary file and a rename, so readers never see half of it.
//! Throws render::WriteError naming the file.
//! Only a regular file is replaced (a device, a FIFO or a link is refused), and the temporary
//! file is created exclusively, never through a link.
void writeTextAtomically(const std::filesystem::path& file, const std::string& text);

//! Writes a new file: `file`, or "name-1.ext", ... when that exists (a deck's index). Returns the
//! path written. Throws render::WriteError.
std::filesystem::path writeTextNoOverwrite(const std::filesystem::path& file, const std::string& text);

} // namespace gb::app
