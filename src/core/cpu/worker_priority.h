// CPU backends hash on the caller's thread at full tilt for seconds at a time.
// They lower that thread's scheduling priority first, so the service's event
// loop (API answers, the dashboard) and the desktop stay responsive while
// every worker hashes. GPU backends do not: starving the thread that feeds a
// device would starve the device.
#pragma once

namespace qm::cpu {

// The nice value of hashing threads (Linux): below the event loop's thread.
inline constexpr int kWorkerNice = 10;

// Lowers the calling thread to kWorkerNice, once per thread (Linux: nice is
// per thread); a thread already lower is left alone. Elsewhere it does nothing.
void lowerCallingThreadPriority();

} // namespace qm::cpu
