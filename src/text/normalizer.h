// Text normalization: written English news as a good reader would say it, in words
// eSpeak NG reads correctly.
#pragma once

#include <string>
#include <string_view>

#include "text/number_words.h"

namespace narrate {

// Rewrites `text` (one line or one segment; whitespace runs become single spaces):
// money ($2.5 billion, £1.20, ¥30b, $20/mo), numbers with separators and decimals,
// ordinals (23rd), years and decades (2017, the 1980s, ’90s), dates (June 20, 2014;
// 20 June; 6/20/2014), times (10:30 a.m. EST), percentages, measures (12kg, 5 km/h,
// 30°C), ranges (2010-2014, $50-$100), fractions (1/4, 3 5/2), telephone numbers and IP
// addresses, Roman numerals in names and titles (World War II, John Paul II),
// abbreviations that must not end a sentence (Dr., Mr., St., No. 1, e.g.), e-mail
// addresses and URLs, and symbols (#, %, &, +). Square and curly brackets are dropped:
// editorial brackets ([North Korea]) are read as plain words, and no text can reach the
// engine as phoneme markup. What eSpeak NG already says right is left as it is.
// Numbers are said in `dialect` ("three hundred and twelve" in British English).
std::string normalize_text(std::string_view text, Dialect dialect = Dialect::american);

}  // namespace narrate
