#include "app/TextFile.hpp"

#include "files/PartFile.hpp"

namespace gb::app {

void writeTextAtomically(const std::filesystem::path& file, const std::string& text) {
    files::PartFile temp(file); // a new file of ours beside it, never a fixed name a link could sit at
    temp.write(text);
    temp.replace();
}

std::filesystem::path writeTextNoOverwrite(const std::filesystem::path& file, const std::string& text) {
    files::PartFile temp(file);
    temp.write(text);
    return temp.publish();
}

} // namespace gb::app
