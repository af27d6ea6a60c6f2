#include "files/PartFile.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace gb::files {
namespace {
std::string reason(int error) { return std::strerror(error); }
std::filesystem::path folderOf(const std::filesystem::path& file) {
    return file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
}
} // namespace

bool namesStandardOutput(const std::filesystem::path& file) {
    const std::string name = file.lexically_normal().string();
    return name == "-" || name == "/dev/stdout" || name == "/dev/fd/1" || name == "/proc/self/fd/1";
}

std::filesystem::path numberedName(const std::filesystem::path& wanted, int n) {
    if (n == 0)
        return wanted;
    return wanted.parent_path() / (wanted.stem().string() + "-" + std::to_string(n) + wanted.extension().string());
}

void checkNewFile(const std::filesystem::path& wanted, const std::string& kind) {
    const std::string name = wanted.string();
    const std::filesystem::path folder = folderOf(wanted);
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw WriteError(name + ": the folder " + folder.string() + " does not exist");
    const auto status = std::filesystem::symlink_status(wanted, ec);
    // A link is never written through (the new file takes a numbered name beside it).
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_symlink(status))
    {
        const std::string what = kind.empty() ? wanted.extension().string() : kind;
        throw WriteError(name + ": exists and is not a regular file (expected a path for a new " +
                         (what.empty() ? "" : what + " ") + "file)");
    }
    if (::access(folder.c_str(), W_OK) != 0)
        throw WriteError(name + ": the folder " + folder.string() + " is not writable (" + reason(errno) + ")");
}

void makeOutputFolder(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) {
        const std::filesystem::path parent = folderOf(folder);
        if (!std::filesystem::is_directory(parent, ec))
            throw WriteError(folder.string() + ": the folder " + parent.string() + " does not exist");
        if (!std::filesystem::create_directory(folder, ec) && ec)
            throw WriteError(folder.string() + ": cannot create the folder (" + ec.message() + ")");
    } else if (!std::filesystem::is_directory(folder, ec)) {
        throw WriteError(folder.string() + ": exists and is not a folder");
    }
    if (::access(folder.c_str(), W_OK) != 0)
        throw WriteError(folder.string() + ": the folder is not writable");
}

PartFile::PartFile(std::filesystem::path wanted) : wanted_(std::move(wanted)) {
    checkNewFile(wanted_);
    std::random_device rd;
    for (int attempt = 0; attempt < 100 && path_.empty(); ++attempt) {
        std::filesystem::path candidate =
            folderOf(wanted_) / (".geobrief-" + std::to_string(rd()) + wanted_.extension().string() + ".part");
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd >= 0) {
            ::close(fd);
            path_ = std::move(candidate);
        } else if (errno != EEXIST) {
            throw WriteError(wanted_.string() + ": cannot create a file in " + folderOf(wanted_).string() + " (" +
                             reason(errno) + ")");
        }
    }
    if (path_.empty())
        throw WriteError(wanted_.string() + ": cannot find a free temporary name");
}

PartFile::~PartFile() {
    if (!path_.empty())
        ::unlink(path_.c_str());
}

void PartFile::replace() {
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(wanted_, ec);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw WriteError(wanted_.string() + ": exists and is not a regular file; only a regular file is replaced");
    if (::rename(path_.c_str(), wanted_.c_str()) != 0)
        throw WriteError(wanted_.string() + ": cannot write the file (" + reason(errno) + ")");
    path_.clear();
}

void PartFile::write(const std::string& bytes) {
    const int fd = ::open(path_.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        throw WriteError(wanted_.string() + ": cannot write the file (" + reason(errno) + ")");
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : EIO;
            ::close(fd);
            throw WriteError(wanted_.string() + ": cannot write the file (" + reason(error) + ")");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0)
        throw WriteError(wanted_.string() + ": cannot write the file (" + reason(errno) + ")");
}

std::filesystem::path PartFile::publish() {
    for (int n = 0; n < 10000; ++n) {
        std::filesystem::path target = numberedName(wanted_, n);
        if (::link(path_.c_str(), target.c_str()) == 0) {
            ::unlink(path_.c_str());
            path_.clear();
            return target;
        }
        if (errno != EEXIST)
            throw WriteError(target.string() + ": cannot create the file (" + reason(errno) + ")");
    }
    throw WriteError(wanted_.string() + ": 10000 numbered files exist already");
}

} // namespace gb::files
