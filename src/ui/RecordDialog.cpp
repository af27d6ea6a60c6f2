#include "ui/RecordDialog.hpp"

#include "view/UiText.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gb::ui {

const char* recordExtension(const RecordSettings& s) {
    switch (s.format) {
    case 1: return ".webm";
    case 2: return ".gif";
    default: return ".mp4";
    }
}

std::pair<unsigned, unsigned> recordSize(const RecordSettings& s) {
    switch (s.preset) {
    case 1: return {1920, 1080};
    case 2: return {3840, 2160};
    default: return {1280, 720};
    }
}

bool drawRecordDialog(bool& open, RecordSettings& s, bool inStep, story::Language language) {
    using view::UiText;
    const auto T = [language](UiText id) { return view::uiText(id, language); };
    if (!open)
        return false;
    bool record = false;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin((std::string(T(UiText::RecordTitle)) + "###record").c_str(), &open,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        const char* formats[] = {"MP4 (H.264)", "WebM (VP9)", "GIF"};
        ImGui::Combo(T(UiText::Format), &s.format, formats, IM_ARRAYSIZE(formats));
        const char* sizes[] = {"1280 x 720", "1920 x 1080", "3840 x 2160 (4K)"};
        ImGui::Combo(T(UiText::Size), &s.preset, sizes, IM_ARRAYSIZE(sizes));
        ImGui::InputInt(T(UiText::FramesPerSecond), &s.fps);
        s.fps = std::clamp(s.fps, 1, s.format == 2 ? 50 : 60); // GIF delays are hundredths
        if (!inStep)
            s.wholeStory = true;
        if (ImGui::RadioButton(T(UiText::WholeStory), s.wholeStory))
            s.wholeStory = true;
        if (inStep) {
            ImGui::SameLine();
            if (ImGui::RadioButton(T(UiText::ThisStepOnly), !s.wholeStory))
                s.wholeStory = false;
        }
        ImGui::Checkbox(T(UiText::Overlays), &s.overlays);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 440.0f); // the dialog stays narrow
        ImGui::TextDisabled("%s", T(UiText::RecordHelp));
        ImGui::PopTextWrapPos();
        if (ImGui::Button(T(UiText::Record), ImVec2(120, 0)) ||
            (ImGui::IsWindowFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))))
            record = true;
        ImGui::SameLine();
        if (ImGui::Button(T(UiText::Cancel), ImVec2(120, 0)))
            open = false;
    }
    ImGui::End();
    if (record)
        open = false;
    return record;
}

bool drawRecordingProgress(const RecordingProgress& p, story::Language language) {
    using view::UiText;
    const auto T = [language](UiText id) { return view::uiText(id, language); };
    bool cancel = false;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Top left, under the menu bar: clear of the legend (top right) and the caption and timeline.
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 12, vp->WorkPos.y + 12), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_Always);
    if (ImGui::Begin((std::string(T(UiText::RecordingNow)) + "###recording").c_str(), nullptr,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize)) {
        ImGui::TextUnformatted(p.file.c_str());
        const float share = static_cast<float>(p.done) / static_cast<float>(std::max<std::size_t>(p.total, 1));
        ImGui::ProgressBar(share, ImVec2(-1, 0));
        char line[160];
        const double left = p.framesPerSecond > 0 ? static_cast<double>(p.total - p.done) / p.framesPerSecond : 0.0;
        std::snprintf(line, sizeof line, "%zu / %zu %s, %.1f fps, %.0f %s", p.done, p.total, T(UiText::FramesWord),
                      p.framesPerSecond, std::ceil(left), T(UiText::SecondsLeft));
        ImGui::TextUnformatted(line);
        if (ImGui::Button((std::string(T(UiText::Cancel)) + " (Ctrl+Shift+V)").c_str()))
            cancel = true;
    }
    ImGui::End();
    return cancel;
}

} // namespace gb::ui
