#pragma once

#include <cstdint>
#include <span>

// A small deterministic random generator (xoshiro256** seeded by SplitMix64). Unlike the
// standard distributions, whose algorithms differ between libraries, every number it gives
// is fixed by the seed, so a seed names one data set on every machine.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 <= x < n (n > 0), by multiply-shift (the bias is negligible for our n).
    int below(int n) { return int((Wide(next()) * unsigned(n)) >> 64); }
    // lo <= x <= hi
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // [0, 1)
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }

    // An index into `weights`, chosen in proportion to them.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    __extension__ typedef unsigned __int128 Wide; // GCC and Clang; __extension__ keeps -Wpedantic quiet
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};
