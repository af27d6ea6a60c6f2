#include "ui/StoryPanels.hpp"

#include "story/Date.hpp"

#include <imgui.h>

#include <cmath>

namespace gb::ui {
namespace {
ImVec4 toImGui(const story::Colour& c) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1.f); }
const char* tr(story::Language l, const char* en, const char* es) { return l == story::Language::Spanish ? es : en; }
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
        if (ImGui::Button(s.playing ? tr(language, "Pause", "Pausa") : tr(language, "Play", "Reproducir"), ImVec2(90, 0)))
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
        if (ImGui::SliderFloat("##speed", &speed, 1.f, 60.f, tr(language, "%.0f days/s", "%.0f días/s"),
                               ImGuiSliderFlags_Logarithmic))
            actions.speed = speed;
        ImGui::SameLine();
        bool loop = s.loop;
        if (ImGui::Checkbox(tr(language, "Loop", "Bucle"), &loop))
            actions.loop = loop;
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
            if (ImGui::SmallButton(tr(language, "< Previous", "< Anterior")))
                actions.previous = true;
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(language, "Next >", "Siguiente >")))
                actions.next = true;
        }
    }
    ImGui::End();
    return actions;
}

void drawLegend(const story::Story& story, story::Language language) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 10, vp->WorkPos.y + 10), ImGuiCond_FirstUseEver,
                            ImVec2(1, 0));
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin(tr(language, "Legend###legend", "Leyenda###legend"), nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        for (const story::Role& role : story.roles) {
            ImGui::ColorButton(role.id.c_str(), toImGui(role.fill), ImGuiColorEditFlags_NoTooltip, ImVec2(14, 14));
            ImGui::SameLine();
            ImGui::TextUnformatted(role.legend.in(language).c_str());
        }
        for (const story::Region& region : story.regions) {
            ImGui::ColorButton(region.id.c_str(), toImGui(region.outline), ImGuiColorEditFlags_NoTooltip, ImVec2(14, 14));
            ImGui::SameLine();
            ImGui::TextUnformatted(region.name.in(language).c_str());
        }
        ImGui::Separator();
        for (const story::FlowStyle& style : story.flowStyles) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImDrawList* draw = ImGui::GetWindowDrawList();
            const ImU32 colour = ImGui::ColorConvertFloat4ToU32(toImGui(style.colour));
            if (style.dashed) {
                for (float x = 0; x < 28; x += 9)
                    draw->AddLine(ImVec2(at.x + x, at.y + 8), ImVec2(at.x + x + 5, at.y + 8), colour, 3.f);
            } else {
                draw->AddLine(ImVec2(at.x, at.y + 8), ImVec2(at.x + 28, at.y + 8), colour, 4.f);
            }
            draw->AddTriangleFilled(ImVec2(at.x + 34, at.y + 8), ImVec2(at.x + 27, at.y + 3), ImVec2(at.x + 27, at.y + 13),
                                    colour);
            ImGui::Dummy(ImVec2(38, 16));
            ImGui::SameLine();
            ImGui::TextUnformatted(style.legend.in(language).c_str());
        }
    }
    ImGui::End();
}

void drawStoryError(const std::string& message) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + 10), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - 40, 900.f), 0), ImGuiCond_Always);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(150, 20, 20, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    if (ImGui::Begin("Story error", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("The story file has an error; the map keeps the last good story.");
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(message.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

} // namespace gb::ui
