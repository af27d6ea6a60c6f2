#pragma once
// New files written safely: never over an existing file, never a half-written file under the
// final name. The file is written under a hidden temporary name in the destination folder and
// linked into place only when complete; link() fails if the name exists, so nothing is ever
// replaced, even in a race, and a numbered name ("map-1.png") is taken instead.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace gb::files {

//! A file cannot be written: the message names the file and the reason.
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

//! Checks that `wanted` can be created: its folder exists and is writable, and the name is not
//! a folder, a device or anything else than a regular file. `kind`: what the file will be
//! (".png"; default: its extension). Throws WriteError.
void checkNewFile(const std::filesystem::path& wanted, const std::string& kind = {});

//! Makes a folder for an export's files unless it exists (its parent must: a typo in a path
//! never builds a tree of folders); an existing one must be a writable folder. Throws WriteError.
void makeOutputFolder(const std::filesystem::path& folder);

//! A hidden temporary file beside `wanted` (".geobrief-NNN.<ext>.part"), created exclusively;
//! removed when destroyed unless published.
class PartFile {
public:
    //! Throws WriteError (see checkNewFile; or the file cannot be created).
    explicit PartFile(std::filesystem::path wanted);
    ~PartFile();
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;

    //! Where to write: an empty regular file of ours.
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] const std::filesystem::path& wanted() const { return wanted_; }

    //! Links the finished file to `wanted`, or when that exists to "name-1.ext", "name-2.ext",
    //! ...; the temporary name goes. Returns the path written. Throws WriteError.
    std::filesystem::path publish();
    //! Renames the finished file over `wanted`, which must be a regular file or nothing (the
    //! documented replace of a state file; a device, a FIFO, a folder or a link is refused, and
    //! nothing is written through a link). Throws WriteError.
    void replace();
    //! Writes `bytes` into the temporary file (opened without following links). Throws WriteError.
    void write(const std::string& bytes);

private:
    std::filesystem::path wanted_;
    std::filesystem::path path_;
};

//! "-", /dev/stdout, /dev/fd/1 or /proc/self/fd/1: names for standard output, which is streamed
//! to or refused, never taken as a file name (a numbered "/dev/stdout-1" beside the link).
[[nodiscard]] bool namesStandardOutput(const std::filesystem::path& file);

//! "map.png", 2 -> "map-2.png" (0: the name itself).
[[nodiscard]] std::filesystem::path numberedName(const std::filesystem::path& wanted, int n);

} // namespace gb::files
