// The nonce walk of search_loop.h for engines that hash a batch of nonces per
// step (LaneKernel): the same results, counts and progress reports as the
// one-nonce-at-a-time walk, nonce for nonce.
#pragma once

#include "core/backend.h"
#include "core/cpu/lane_kernel.h"

namespace qm::cpu {

// The widest batch any kernel hashes at once.
inline constexpr unsigned kMaxLanes = 32;

// Searches [first, last] upward like searchRange(): the lowest valid nonce,
// counts up to and including it, progress every control.progressInterval
// nonces and the stop flag checked at each report. A batch never spans a
// progress boundary, the end of the range or a change of the nonce prefix
// (bits 128 and up), so nothing beyond the found nonce or the range is
// counted.
SearchResult laneSearch(const LaneKernel& kernel, const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control);

} // namespace qm::cpu
