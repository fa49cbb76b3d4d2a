// Marks functions that are compiled for both the CPU and the GPU. The field and
// Poseidon2 code is written once; the CUDA kernel includes the same headers.
#pragma once

#if defined(__CUDACC__)
#define QM_HD __host__ __device__ __forceinline__
// Large functions (a whole permutation) are inlined on the GPU, where calls are
// costly, but kept out of line on the CPU, where copies of a permutation at
// every call site would crowd the instruction cache.
#define QM_HD_LARGE __host__ __device__ __forceinline__
#else
#define QM_HD inline __attribute__((always_inline))
#define QM_HD_LARGE inline __attribute__((noinline))
#endif

// 128-bit products; __extension__ keeps -Wpedantic quiet about the GNU type.
__extension__ typedef unsigned __int128 qm_u128;
