// The chapters of a rendered Narration: where its title and headings are heard.
#pragma once

#include <vector>

#include "narration/narration.h"
#include "publish/chapters.h"
#include "render/render_script.h"

namespace narrate {

// The title's chapter at the start, each heading's where it is spoken (also when it
// comes first, in an article without a title). `report` is the render of narration.script.
std::vector<Chapter> chapters_of(const Narration& narration, const RenderReport& report);

}  // namespace narrate
