#include "app/TextFile.hpp"

#include "render/PngFile.hpp"

#include <fstream>

namespace gb::app {

void writeTextAtomically(const std::filesystem::path& file, const std::string& text) {
    const std::filesystem::path temp = file.string() + ".part";
    {
        std::ofstream out(temp, std::ios::binary);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            throw render::WriteError(file.string() + ": cannot write the file");
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        throw render::WriteError(file.string() + ": cannot write the file (" + ec.message() + ")");
    }
}

} // namespace gb::app
