// The rate-4 / capacity-8 Poseidon2 sponge of the seed-era Quantus PoW, and
// the byte encoding that feeds it (docs/POW.md "Bytes to field elements", "Sponge").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace qm {

// Appends 0x01, pads with zeros to a multiple of 4 and reads little-endian u32s.
std::vector<std::uint64_t> bytesToElements(const std::uint8_t* data, std::size_t len);

class Sponge {
public:
    static constexpr int kRate = 4;
    static constexpr int kWidth = 12;

    void absorb(std::uint64_t element);
    // Pushes 1, then zeros until the buffer flushes (which permutes).
    void finish();
    // state[0..4] as 32 bytes, each element canonical, little-endian.
    std::array<std::uint8_t, 32> squeezeBytes() const;
    void permute();

    const std::array<std::uint64_t, kWidth>& state() const { return state_; }

private:
    std::array<std::uint64_t, kWidth> state_{};
    std::array<std::uint64_t, kRate> buffer_{};
    int buffered_ = 0;
};

std::array<std::uint8_t, 32> hashBytes(const std::uint8_t* data, std::size_t len);
std::array<std::uint8_t, 64> squeezeTwice(const std::uint8_t* data, std::size_t len);

} // namespace qm
