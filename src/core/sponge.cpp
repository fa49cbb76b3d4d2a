#include "core/sponge.h"

#include "core/poseidon2.h"

namespace qm {

std::vector<std::uint64_t> bytesToElements(const std::uint8_t* data, std::size_t len)
{
    std::vector<std::uint8_t> padded(data, data + len);
    padded.push_back(0x01);
    while (padded.size() % 4)
        padded.push_back(0);
    std::vector<std::uint64_t> out;
    out.reserve(padded.size() / 4);
    for (std::size_t i = 0; i < padded.size(); i += 4) {
        out.push_back(static_cast<std::uint64_t>(padded[i]) | static_cast<std::uint64_t>(padded[i + 1]) << 8 |
                      static_cast<std::uint64_t>(padded[i + 2]) << 16 |
                      static_cast<std::uint64_t>(padded[i + 3]) << 24);
    }
    return out;
}

void Sponge::permute()
{
    p2::permute(state_.data(), kPoseidon2);
}

void Sponge::absorb(std::uint64_t element)
{
    buffer_[buffered_++] = element;
    if (buffered_ == rate_) {
        for (int i = 0; i < rate_; ++i)
            state_[i] = gl::add(state_[i], buffer_[i]);
        permute();
        buffered_ = 0;
    }
}

void Sponge::finish()
{
    absorb(1);
    while (buffered_ != 0)
        absorb(0);
}

std::array<std::uint8_t, 32> Sponge::squeezeBytes() const
{
    std::array<std::uint8_t, 32> out{};
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t v = gl::canonical(state_[i]);
        for (int b = 0; b < 8; ++b)
            out[8 * i + b] = static_cast<std::uint8_t>(v >> (8 * b));
    }
    return out;
}

std::array<std::uint8_t, 32> hashBytes(const std::uint8_t* data, std::size_t len, int rate)
{
    Sponge s(rate);
    for (auto e : bytesToElements(data, len))
        s.absorb(e);
    s.finish();
    return s.squeezeBytes();
}

std::array<std::uint8_t, 64> squeezeTwice(const std::uint8_t* data, std::size_t len, int rate)
{
    Sponge s(rate);
    for (auto e : bytesToElements(data, len))
        s.absorb(e);
    s.finish();
    std::array<std::uint8_t, 64> out{};
    const auto first = s.squeezeBytes();
    s.permute();
    const auto second = s.squeezeBytes();
    std::copy(first.begin(), first.end(), out.begin());
    std::copy(second.begin(), second.end(), out.begin() + 32);
    return out;
}

} // namespace qm
