#include "ui/DetailsPanels.hpp"

#include "view/UiText.hpp"

#include <imgui.h>

#include <algorithm>

namespace gb::ui {
DetailsActions drawDetails(const view::Details& d, story::Language language, float bottomLimit) {
    DetailsActions actions;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 10, vp->WorkPos.y + 30), ImGuiCond_FirstUseEver);
    // Never down over the timeline's Play button: a long panel scrolls instead.
    const float top = vp->WorkPos.y + 30;
    ImGui::SetNextWindowSizeConstraints(ImVec2(400, 0), ImVec2(400, std::max(120.f, bottomLimit - 8 - top)));
    ImGui::SetNextWindowBgAlpha(0.95f);
    bool open = true;
    if (ImGui::Begin((std::string(view::uiText(view::UiText::Details, language)) + "###details").c_str(), &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(d.title.c_str());
        ImGui::TextDisabled("%s", d.kind.c_str());
        if (!d.dates.empty())
            ImGui::TextDisabled("%s", d.dates.c_str());
        // How sure the record is comes first, before anything the item says.
        if (!d.confidence.empty())
            ImGui::TextColored(ImVec4(0.55f, 0.1f, 0.1f, 1.0f), "%s", d.confidence.c_str());
        for (const std::string& caveat : d.caveats)
            ImGui::TextDisabled("%s", caveat.c_str());
        if (!d.text.empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(d.text.c_str());
        }
        if (!d.figures.empty()) {
            ImGui::Separator();
            for (const view::DetailsFigure& f : d.figures) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s: %s", f.label.c_str(), f.value.c_str());
                ImGui::Indent();
                ImGui::TextDisabled("%s; %s", f.attribution.c_str(), f.source.c_str());
                ImGui::Unindent();
            }
        }
        if (!d.sources.empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(view::uiText(view::UiText::Sources, language));
            for (std::size_t i = 0; i < d.sources.size(); ++i) {
                const view::DetailsSource& s = d.sources[i];
                ImGui::PushID(static_cast<int>(i));
                ImGui::Bullet();
                ImGui::TextWrapped("%s, \"%s\", %s", s.outlet.c_str(), s.title.c_str(), s.date.c_str());
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s", s.url.c_str());
                ImGui::PopStyleColor();
                if (ImGui::SmallButton(view::uiText(view::UiText::CopyUrl, language)))
                    ImGui::SetClipboardText(s.url.c_str());
                ImGui::PopID();
            }
        }
        if (!d.related.empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(view::uiText(view::UiText::Related, language));
            for (std::size_t i = 0; i < d.related.size(); ++i) {
                ImGui::PushID(static_cast<int>(1000 + i));
                if (ImGui::Selectable(d.related[i].first.c_str()))
                    actions.open = d.related[i].second;
                ImGui::PopID();
            }
        }
        ImGui::PopTextWrapPos();
    }
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    actions.box = {pos.x, pos.y, size.x, size.y};
    ImGui::End();
    actions.close = !open;
    return actions;
}

void drawTooltip(const std::string& title, const std::vector<std::string>& lines, view::ScreenPoint pointer,
                 const std::vector<view::ScreenRect>& avoid, const std::vector<view::ScreenRect>& rather) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 size = ImGui::CalcTextSize(title.c_str());
    for (const std::string& line : lines) {
        const ImVec2 s = ImGui::CalcTextSize(line.c_str());
        size.x = std::max(size.x, s.x);
        size.y += s.y + style.ItemSpacing.y;
    }
    size.x += 2 * style.WindowPadding.x;
    size.y += 2 * style.WindowPadding.y;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const view::ScreenRect at = view::placeTooltip(pointer, size.x, size.y, avoid, vp->Size.x, vp->Size.y, rather);
    ImGui::SetNextWindowPos(ImVec2(float(at.left), float(at.top)), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.95f);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, style.PopupRounding);
    if (ImGui::Begin("##hover", nullptr, flags)) {
        ImGui::TextUnformatted(title.c_str());
        for (const std::string& line : lines)
            ImGui::TextDisabled("%s", line.c_str());
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

std::optional<view::PickItem> drawSearch(SearchState& state, const story::Story& story, story::Language language) {
    std::optional<view::PickItem> chosen;
    if (!state.open)
        return chosen;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + 40), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(360, 0), ImGuiCond_Always);
    if (ImGui::Begin((std::string(view::uiText(view::UiText::Search, language)) + "###search").c_str(), &state.open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        if (state.focus) {
            ImGui::SetKeyboardFocusHere();
            state.focus = false;
        }
        const bool enter = ImGui::InputText("##query", state.query.data(), state.query.size(),
                                            ImGuiInputTextFlags_EnterReturnsTrue);
        if (enter)
            state.focus = true; // Enter takes the keyboard from the box: give it back
        const auto results = view::searchStory(story, state.query.data(), language);
        const int shown = static_cast<int>(std::min<std::size_t>(results.size(), 12));
        if (state.lastQuery != state.query.data()) {
            state.lastQuery = state.query.data();
            state.highlight = 0;
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)))
            state.highlight = std::min(state.highlight + 1, shown - 1);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)))
            state.highlight = std::max(state.highlight - 1, 0);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            state.open = false;
        state.highlight = std::clamp(state.highlight, 0, std::max(shown - 1, 0));
        for (int i = 0; i < shown; ++i) {
            ImGui::PushID(i);
            // The highlighted row is drawn selected, so the presenter sees what Enter picks.
            if (ImGui::Selectable(results[static_cast<std::size_t>(i)].label.c_str(), i == state.highlight))
                chosen = results[static_cast<std::size_t>(i)].item;
            ImGui::PopID();
        }
        if (enter && shown > 0)
            chosen = results[static_cast<std::size_t>(state.highlight)].item;
    }
    ImGui::End();
    if (chosen || !state.open) {
        state.open = false;
        state.query.fill('\0');
    }
    return chosen;
}

} // namespace gb::ui
