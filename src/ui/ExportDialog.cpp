#include "ui/ExportDialog.hpp"

#include "view/UiText.hpp"

#include <imgui.h>

#include <string>

#include <algorithm>

namespace gb::ui {

std::pair<unsigned, unsigned> exportSize(const ExportSettings& s, unsigned windowWidth, unsigned windowHeight) {
    switch (s.preset) {
    case 1: return {1280, 720};
    case 2: return {1920, 1080};
    case 3: return {3840, 2160};
    case 4:
        return {static_cast<unsigned>(std::clamp(s.customWidth, 16, 8192)),
                static_cast<unsigned>(std::clamp(s.customHeight, 16, 8192))};
    default: return {windowWidth, windowHeight};
    }
}

bool drawExportDialog(bool& open, ExportSettings& s, story::Language language) {
    using view::UiText;
    const auto T = [language](UiText id) { return view::uiText(id, language); };
    if (!open)
        return false;
    bool save = false;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin((std::string(T(UiText::ExportTitle)) + "###export").c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        const char* presets[] = {T(UiText::CurrentWindow), "1280 x 720", "1920 x 1080", "3840 x 2160 (4K)", T(UiText::Custom)};
        ImGui::Combo(T(UiText::Size), &s.preset, presets, IM_ARRAYSIZE(presets));
        if (s.preset == 4) {
            ImGui::InputInt(T(UiText::Width), &s.customWidth);
            ImGui::InputInt(T(UiText::Height), &s.customHeight);
            s.customWidth = std::clamp(s.customWidth, 16, 8192);
            s.customHeight = std::clamp(s.customHeight, 16, 8192);
        }
        ImGui::SliderFloat(T(UiText::Scale), &s.scale, 0.5f, 4.0f, "%.2fx");
        if (s.preset == 0)
            ImGui::Checkbox(T(UiText::IncludePanels), &s.includePanels);
        else
            s.includePanels = false;
        ImGui::Checkbox(T(UiText::Transparent), &s.transparent);
        ImGui::Separator();
        ImGui::TextUnformatted(T(UiText::Overlays));
        ImGui::Checkbox(T(UiText::Title), &s.overlays.title);
        ImGui::SameLine();
        ImGui::Checkbox(T(UiText::Caption), &s.overlays.caption);
        ImGui::SameLine();
        ImGui::Checkbox(T(UiText::Legend), &s.overlays.legend);
        ImGui::Checkbox(T(UiText::ScaleBar), &s.overlays.scaleBar);
        ImGui::SameLine();
        ImGui::Checkbox(T(UiText::Attribution), &s.overlays.attribution);
        ImGui::SameLine();
        ImGui::Checkbox(T(UiText::Date), &s.overlays.dateStamp);
        ImGui::SameLine();
        ImGui::Checkbox(T(UiText::Sources), &s.overlays.sources);
        ImGui::Checkbox(T(UiText::Locator), &s.overlays.locator);
        ImGui::Separator();
        ImGui::InputText(T(UiText::Folder), s.folder.data(), s.folder.size());
        ImGui::InputText(T(UiText::FileName), s.pattern.data(), s.pattern.size());
        ImGui::TextDisabled("%s", T(UiText::PatternHelp));
        if (ImGui::Button(T(UiText::Save), ImVec2(120, 0)))
            save = true;
        ImGui::SameLine();
        if (ImGui::Button(T(UiText::Cancel), ImVec2(120, 0)))
            open = false;
        ImGui::SameLine();
        if (ImGui::Button(T(UiText::RecordVideo))) { // the same folder and name pattern, as a video
            s.recordVideo = true;
            open = false;
        }
    }
    ImGui::End();
    if (save)
        open = false;
    return save;
}

void drawToast(const Toast& toast, double now) {
    if (toast.text.empty() || now > toast.until)
        return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 12, vp->WorkPos.y + vp->WorkSize.y - 90),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, toast.error ? IM_COL32(150, 20, 20, 255) : IM_COL32(30, 90, 40, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs);
    ImGui::TextUnformatted(toast.text.c_str());
    ImGui::End();
    ImGui::PopStyleColor(2);
}

} // namespace gb::ui
