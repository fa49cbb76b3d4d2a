// The Poseidon2 sponges of the Quantus PoW and the byte encoding that feeds
// them (docs/POW.md "Bytes to field elements", "Sponge"): rate 4 / capacity 8
// for QPoW v1, rate 8 / capacity 4 for QPoW v2.
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
    static constexpr int kMaxRate = 8;
    static constexpr int kWidth = 12;

    // rate: 4 (QPoW v1) or 8 (QPoW v2).
    explicit Sponge(int rate = 4) : rate_(rate) {}

    void absorb(std::uint64_t element);
    // Pushes 1, then zeros until the buffer flushes (which permutes).
    void finish();
    // state[0..4] as 32 bytes, each element canonical, little-endian.
    std::array<std::uint8_t, 32> squeezeBytes() const;
    void permute();

    const std::array<std::uint64_t, kWidth>& state() const { return state_; }

private:
    int rate_;
    std::array<std::uint64_t, kWidth> state_{};
    std::array<std::uint64_t, kMaxRate> buffer_{};
    int buffered_ = 0;
};

// hash_bytes and squeeze_twice of docs/POW.md; rate 4 unless given.
std::array<std::uint8_t, 32> hashBytes(const std::uint8_t* data, std::size_t len, int rate = 4);
std::array<std::uint8_t, 64> squeezeTwice(const std::uint8_t* data, std::size_t len, int rate = 4);

} // namespace qm
