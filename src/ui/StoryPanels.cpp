#include "ui/StoryPanels.hpp"

#include "view/UiText.hpp"

#include "story/Date.hpp"
#include "view/Legend.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace gb::ui {
namespace {
ImVec4 toImGui(const story::Colour& c) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1.f); }
} // namespace

namespace {
//! The ImGui window being drawn, as a box in window pixels.
PanelBox currentWindowBox() {
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    return {at.x, at.y, size.x, size.y};
}
} // namespace

TimelineActions drawTimeline(const TimelineState& s, story::Language language) {
    TimelineActions actions;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 10, vp->WorkPos.y + vp->WorkSize.y - 10), ImGuiCond_Always,
                            ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - 20, 720.f), 0), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("Timeline", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::Button(s.playing ? view::uiText(view::UiText::Pause, language) : view::uiText(view::UiText::Play, language), ImVec2(90, 0)))
            actions.togglePlay = true;
        ImGui::SameLine();
        // The end of a day (a whole number) still shows that day.
        const std::string date = story::displayDate(static_cast<int>(std::floor(std::max(s.day - 1e-6, s.firstDay))), language);
        ImGui::Text("%s", date.c_str());
        ImGui::SameLine(230);
        ImGui::SetNextItemWidth(std::max(120.f, ImGui::GetContentRegionAvail().x - 230));
        float day = static_cast<float>(s.day - s.firstDay);
        if (ImGui::SliderFloat("##when", &day, 0.f, static_cast<float>(s.lastDay - s.firstDay), ""))
            actions.seek = s.firstDay + day;
        // Event marks: ticks in the lower half of the scrubber's track, clear of its border.
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float top = (min.y + max.y) / 2 + 1, bottom = max.y - 2;
        for (int d : s.eventDays) {
            const float x = min.x + (max.x - min.x) * static_cast<float>((d - s.firstDay) / (s.lastDay - s.firstDay));
            draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), IM_COL32(160, 40, 40, 255), 2.f);
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(110);
        float speed = static_cast<float>(s.speed);
        if (ImGui::SliderFloat("##speed", &speed, 1.f, 60.f, view::uiText(view::UiText::DaysPerSecond, language),
                               ImGuiSliderFlags_Logarithmic))
            actions.speed = speed;
        ImGui::SameLine();
        bool loop = s.loop;
        if (ImGui::Checkbox(view::uiText(view::UiText::Loop, language), &loop))
            actions.loop = loop;
        actions.box = currentWindowBox();
    }
    ImGui::End();
    return actions;
}

CaptionActions drawCaption(const story::Step& step, std::size_t index, std::size_t count, story::Language language,
                           bool presentation) {
    CaptionActions actions;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->WorkSize.x - 40, 900.f);
    const float bottom = presentation ? 20.f : 60.f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y - bottom),
                            ImGuiCond_Always, ImVec2(0.5f, 1.f));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.9f);
    if (ImGui::Begin("Caption", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextDisabled("%zu / %zu", index + 1, count);
        ImGui::SameLine();
        ImGui::TextUnformatted(step.title.in(language).c_str());
        ImGui::PushTextWrapPos(width - 20);
        ImGui::TextUnformatted(step.caption.in(language).c_str());
        ImGui::PopTextWrapPos();
        if (!presentation) {
            if (ImGui::SmallButton(view::uiText(view::UiText::PreviousButton, language)))
                actions.previous = true;
            ImGui::SameLine();
            if (ImGui::SmallButton(view::uiText(view::UiText::NextButton, language)))
                actions.next = true;
        }
        actions.box = currentWindowBox();
    }
    ImGui::End();
    return actions;
}

namespace {

//! One legend entry's swatch at the cursor: a square, a hatched square, or a line sample in the
//! entry's dash pattern (with an arrowhead for a flow style).
void drawSwatch(const view::LegendEntry& e) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 colour = ImGui::ColorConvertFloat4ToU32(toImGui(e.colour));
    if (e.swatch == view::LegendEntry::Swatch::Line) {
        const float width = 3.f, length = e.arrow ? 27.f : 34.f;
        const float dash = e.pattern.solid ? length : e.pattern.dash * width;
        const float period = e.pattern.solid ? length : dash + e.pattern.gap * width;
        for (float x = 0; x < length; x += period)
            draw->AddLine(ImVec2(at.x + x, at.y + 8), ImVec2(at.x + std::min(x + dash, length), at.y + 8), colour, width);
        if (e.arrow)
            draw->AddTriangleFilled(ImVec2(at.x + 34, at.y + 8), ImVec2(at.x + 27, at.y + 3), ImVec2(at.x + 27, at.y + 13),
                                    colour);
    } else {
        const bool hatched = e.swatch == view::LegendEntry::Swatch::Hatch;
        draw->AddRectFilled(ImVec2(at.x, at.y + 1), ImVec2(at.x + 14, at.y + 15),
                            ImGui::ColorConvertFloat4ToU32(toImGui(hatched ? e.under : e.colour)));
        if (hatched)
            for (float d = 3; d < 28; d += 4)
                draw->AddLine(ImVec2(at.x + std::max(0.f, d - 14), at.y + 15 - (d - std::max(0.f, d - 14))),
                              ImVec2(at.x + std::min(14.f, d), at.y + 15 - (d - std::min(14.f, d))), colour, 1.f);
    }
    ImGui::Dummy(ImVec2(38, 16));
}

} // namespace

PanelBox drawLegend(const story::Story& story, story::Language language, double storyDay, const view::LegendScope* scope) {
    PanelBox box;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Pinned to the top right corner, so it follows a resize and grows leftwards (Spanish
    // entries are longer) instead of running off the window.
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 10, vp->WorkPos.y + 10), ImGuiCond_Always,
                            ImVec2(1, 0));
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin((std::string(view::uiText(view::UiText::Legend, language)) + "###legend").c_str(), nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        // The same entries as the slides' legend (view::legendEntries), for the day shown.
        for (const view::LegendEntry& e : view::legendEntries(story, language, storyDay, scope)) {
            if (e.separatorBefore)
                ImGui::Separator();
            drawSwatch(e);
            ImGui::SameLine();
            ImGui::TextUnformatted(e.text.c_str());
        }
        box = currentWindowBox();
    }
    ImGui::End();
    return box;
}

void drawStoryError(const std::string& headline, const std::string& message) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + 10), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - 40, 900.f), 0), ImGuiCond_Always);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(150, 20, 20, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    if (ImGui::Begin("Story error", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(headline.c_str());
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(message.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

} // namespace gb::ui
