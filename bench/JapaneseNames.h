#pragma once

#include <span>

// Word lists for the benchmark data generator: common Japanese surnames and given names with
// their readings (hiragana), weighted roughly by how common they are, including the variant
// kanji that name folding must handle (髙橋, 齋藤, 渡邊, 山﨑, 𠮷田 …), and the places and
// words of plausible organisation names in and around Kaga City.
namespace JapaneseNames {

struct Entry
{
    const char* text;    // UTF-8
    const char* reading; // UTF-8 hiragana
    int weight;
};

std::span<const Entry> surnames();
std::span<const Entry> givenNames();
std::span<const Entry> places();    // districts of Kaga City
std::span<const Entry> nicknames(); // soft words used in care-service names (ひまわり, あおば …)
std::span<const Entry> venues();    // where meetings and trainings take place (reading unused)
std::span<const Entry> themes();    // themes of trainings (reading unused)

} // namespace JapaneseNames
