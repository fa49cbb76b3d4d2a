// The compact kernels' arithmetic (kernels/goldilocks_device.cuh and
// kernels/poseidon2_device.cuh), host build: every operation against the
// portable core (core/goldilocks.h, core/poseidon2.h) and big-number
// arithmetic, on the edges of the representation (0, 1, p - 1, p, values
// >= p, 2^64 - 1) and on random words. The device build of the same
// functions is checked against these on the device (the engine's start-up
// self-test) and through the PTX interpreter test.
#include "tests/support/check.h"

#include "core/goldilocks.h"
#include "core/poseidon2.h"
#include "core/poseidon2_constants.h"
#include "kernels/goldilocks_device.cuh"
#include "kernels/poseidon2_device.cuh"
#include "kernels/pow_search.cuh"

#include <random>
#include <vector>

using namespace qm;
using namespace qm::gpu;

namespace {

constexpr std::uint64_t kP = gl::kP;

const std::vector<std::uint64_t>& edges()
{
    static const std::vector<std::uint64_t> v = {
        0, 1, 2, 3, kP - 2, kP - 1, kP, kP + 1, kP + 2, 0xffffffffULL, 0x100000000ULL, 0x100000001ULL,
        0x8000000000000000ULL, 0xfffffffe00000000ULL, 0xffffffff00000000ULL, ~0ULL - 1, ~0ULL,
    };
    return v;
}

std::vector<std::uint64_t> words(int randoms, std::uint64_t seed)
{
    std::vector<std::uint64_t> v = edges();
    std::mt19937_64 rng(seed);
    for (int i = 0; i < randoms; ++i)
        v.push_back(rng());
    return v;
}

std::uint64_t modP(qm_u128 x)
{
    return static_cast<std::uint64_t>(x % kP);
}

} // namespace

QM_TEST(add_sub_mul_match_the_core_and_big_numbers)
{
    const auto v = words(120, 1);
    for (std::uint64_t a : v) {
        for (std::uint64_t b : v) {
            const std::uint64_t add = dgl::add(a, b);
            QM_CHECK_EQ(gl::canonical(add), gl::canonical(gl::add(a, b)));
            QM_CHECK_EQ(gl::canonical(add), modP(static_cast<qm_u128>(a) + b));
            const std::uint64_t sub = dgl::sub(a, b);
            QM_CHECK_EQ(gl::canonical(sub), modP(static_cast<qm_u128>(a % kP) + kP - b % kP));
            const std::uint64_t mul = dgl::mul(a, b);
            QM_CHECK_EQ(gl::canonical(mul), modP(static_cast<qm_u128>(a) * b));
            QM_CHECK_EQ(gl::canonical(mul), gl::canonical(gl::mul(a, b)));
            const std::uint64_t c = gl::canonical(b);
            QM_CHECK_EQ(gl::canonical(dgl::addConst(a, c)), modP(static_cast<qm_u128>(a) + c));
            // mulAdd's multiplier is a constant below p; its addend any Wide sum.
            for (std::uint32_t top : {0u, 1u, 11u, 0xffffffffu}) {
                for (std::uint64_t lo : {b, ~std::uint64_t{0}}) {
                    const qm_u128 addend = (static_cast<qm_u128>(top) << 64) | lo;
                    QM_CHECK_EQ(gl::canonical(dgl::mulAdd(a, c, dgl::Wide{lo, top})),
                                static_cast<std::uint64_t>((static_cast<qm_u128>(a) * c % kP + addend % kP) % kP));
                }
            }
        }
        QM_CHECK_EQ(gl::canonical(dgl::square(a)), modP(static_cast<qm_u128>(a) * a));
        QM_CHECK_EQ(gl::canonical(dgl::pow7(a)), gl::canonical(gl::pow7(a)));
    }
}

QM_TEST(reductions_match_big_numbers)
{
    const auto v = words(60, 2);
    for (std::uint64_t lo : v) {
        for (std::uint64_t hi : v) {
            const qm_u128 x = (static_cast<qm_u128>(hi) << 64) | lo;
            QM_CHECK_EQ(gl::canonical(dgl::reduce128(lo, hi)), modP(x));
            QM_CHECK_EQ(gl::canonical(dgl::reduce128(lo, hi)), gl::canonical(gl::reduce128(lo, hi)));
            const std::uint32_t top = static_cast<std::uint32_t>(hi);
            const qm_u128 w = (static_cast<qm_u128>(top) << 64) | lo;
            QM_CHECK_EQ(gl::canonical(dgl::reduce(dgl::Wide{lo, top})), modP(w));
        }
    }
}

QM_TEST(wide_sums_are_exact)
{
    const auto v = words(40, 3);
    for (std::uint64_t a : v) {
        dgl::Wide w = dgl::wide(a);
        qm_u128 want = a;
        for (std::uint64_t b : v) {
            w = dgl::plus(w, b);
            want += b;
            const qm_u128 got = (static_cast<qm_u128>(w.top) << 64) | w.lo;
            QM_CHECK(got == want);
        }
        const dgl::Wide twice = dgl::plus(w, w);
        QM_CHECK(((static_cast<qm_u128>(twice.top) << 64) | twice.lo) == want * 2);
    }
}

// The largest sums the linear layers form: 28 words of 2^64 - 1 each.
QM_TEST(external_layer_matches_the_core_at_the_top_of_the_range)
{
    for (std::uint64_t fill : {~std::uint64_t{0}, kP, kP - 1, std::uint64_t{0}}) {
        std::uint64_t a[12], b[12];
        for (int i = 0; i < 12; ++i)
            a[i] = b[i] = fill;
        dp2::externalLayer(a);
        p2::externalLayer(b);
        for (int i = 0; i < 12; ++i)
            QM_CHECK_EQ(gl::canonical(a[i]), gl::canonical(b[i]));
        for (int i = 0; i < 12; ++i)
            a[i] = b[i] = fill;
        dp2::partialRound(a, kPoseidon2.internal[0], kPoseidon2.diag);
        p2::partialRound(b, kPoseidon2.internal[0], kPoseidon2.diag);
        for (int i = 0; i < 12; ++i)
            QM_CHECK_EQ(gl::canonical(a[i]), gl::canonical(b[i]));
    }
}

QM_TEST(permutation_matches_the_core_on_edges_and_random_states)
{
    std::mt19937_64 rng(4);
    const auto e = edges();
    for (int n = 0; n < 600; ++n) {
        std::uint64_t a[12], b[12];
        for (int i = 0; i < 12; ++i)
            a[i] = b[i] = n < 100 ? e[(n + i * 7) % e.size()] : rng();
        dp2::permuteRolled(a, kPoseidon2);
        p2::permute(b, kPoseidon2);
        QM_CHECK(std::equal(a, a + 12, b));
    }
}

// The field-check kernel's per-case function, as the device runs it.
QM_TEST(field_check_cases_give_canonical_reference_values)
{
    const auto v = words(20, 5);
    for (std::uint64_t a : v) {
        for (std::uint64_t b : v) {
            const FieldCase c{a, b, b ^ a, a + 0x9e3779b97f4a7c15ULL};
            std::uint64_t out[kFieldOps];
            fieldCheck(c, out);
            QM_CHECK_EQ(out[0], modP(static_cast<qm_u128>(a) + b));
            QM_CHECK_EQ(out[1], modP(static_cast<qm_u128>(a % kP) + kP - b % kP));
            QM_CHECK_EQ(out[2], modP(static_cast<qm_u128>(a) * b));
            QM_CHECK_EQ(out[3], modP(static_cast<qm_u128>(a) * a));
            QM_CHECK_EQ(out[4], modP((static_cast<qm_u128>(c.hi) << 64) | c.lo));
            QM_CHECK_EQ(out[5], gl::canonical(gl::pow7(a)));
            QM_CHECK_EQ(out[6], modP(static_cast<qm_u128>(a) + b % kP));
            QM_CHECK_EQ(out[7], modP((static_cast<qm_u128>(static_cast<std::uint32_t>(c.hi)) << 64) | c.lo));
            for (std::uint64_t r : out)
                QM_CHECK(r < kP);
        }
    }
}

int main(int argc, char** argv)
{
    return qmtest::runAll(argc > 1 ? argv[1] : "");
}
