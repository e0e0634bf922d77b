/* What integer dot products would buy a CPU's 4-bit GEMV: one core, SmolLM2's gate_proj + up_proj shape
 * (3,072 x 576, Q4_1: codes in blocks of 32, a scale d and a min m per block), three hand-written loops.
 *
 *   clang -O3 -march=native -ffp-contract=fast bench/cpu_int_dot.c -o /tmp/cpu_int_dot -lm && taskset -c 0 /tmp/cpu_int_dot
 *
 * float:     what minic's CPU GEMV does (cpu_tile.Tile._emit_lanes): each code to float, q * d + m, times x,
 *            into 32 lane accumulators a column.
 * factored:  the block's dot product with the codes first, then d times it plus m times the block's sum of x.
 * int16:     x quantized per block of 32 to int16 (its scale dx; a relative error of 2^-16 of the block's
 *            largest element), the block's products as integer multiply-adds of pairs (AVX2's vpmaddwd: 16 a
 *            instruction), converted and scaled once per block, four columns sharing each block's x.
 * bench/README.md ("Twenty-first session") has the numbers and what they mean for issue 14's CPU target. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#ifdef __AVX2__
#include <immintrin.h>
#endif

#define K 576
#define NB (K / 32)
#define N 3072

static void gemv_float(float* restrict out, const float* restrict x, const uint8_t* restrict qs,
                       const float* restrict d, const float* restrict m) {
  for (int n = 0; n < N; n++) {
    float lanes[32] = {0};
    for (int b = 0; b < NB; b++) {
      float dd = d[n * NB + b], mm = m[n * NB + b];
      for (int k = 0; k < 16; k++) {
        uint8_t v = qs[(n * NB + b) * 16 + k];
        lanes[k] += x[b * 32 + k] * ((float)(v & 15) * dd + mm);
        lanes[k + 16] += x[b * 32 + 16 + k] * ((float)(v >> 4) * dd + mm);
      }
    }
    float s = 0;
    for (int k = 0; k < 32; k++) s += lanes[k];
    out[n] = s;
  }
}

static void gemv_factored(float* restrict out, const float* restrict x, const float* restrict xsum,
                          const uint8_t* restrict qs, const float* restrict d, const float* restrict m) {
  for (int n = 0; n < N; n++) {
    float lanes[8] = {0}, offset = 0;
    for (int b = 0; b < NB; b++) {
      const uint8_t* q = qs + (n * NB + b) * 16;
      float t[8] = {0};
      for (int h = 0; h < 2; h++)
        for (int j = 0; j < 8; j++) {
          t[j] += x[b * 32 + 8 * h + j] * (float)(q[8 * h + j] & 15);
          t[j] += x[b * 32 + 16 + 8 * h + j] * (float)(q[8 * h + j] >> 4);
        }
      for (int j = 0; j < 8; j++) lanes[j] += d[n * NB + b] * t[j];
      offset += xsum[b] * m[n * NB + b];
    }
    float s = offset;
    for (int j = 0; j < 8; j++) s += lanes[j];
    out[n] = s;
  }
}

#ifdef __AVX2__
static void gemv_int16(float* restrict out, const int16_t* restrict xq, const float* restrict dx,
                       const float* restrict xsum, const uint8_t* restrict qs, const float* restrict d,
                       const float* restrict m) {
  const __m128i low = _mm_set1_epi8(15);
  for (int n0 = 0; n0 < N; n0 += 4) {
    __m256 acc[4];
    float offset[4] = {0, 0, 0, 0};
    for (int c = 0; c < 4; c++) acc[c] = _mm256_setzero_ps();
    for (int b = 0; b < NB; b++) {
      __m256i xl = _mm256_loadu_si256((const __m256i*)(xq + b * 32));
      __m256i xh = _mm256_loadu_si256((const __m256i*)(xq + b * 32 + 16));
      for (int c = 0; c < 4; c++) {
        int n = n0 + c;
        __m128i v = _mm_loadu_si128((const __m128i*)(qs + (n * NB + b) * 16));
        __m256i lo = _mm256_cvtepu8_epi16(_mm_and_si128(v, low));
        __m256i hi = _mm256_cvtepu8_epi16(_mm_and_si128(_mm_srli_epi16(v, 4), low));
        __m256i p = _mm256_add_epi32(_mm256_madd_epi16(lo, xl), _mm256_madd_epi16(hi, xh));
        acc[c] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(p), _mm256_set1_ps(dx[b] * d[n * NB + b]), acc[c]);
        offset[c] += xsum[b] * m[n * NB + b];
      }
    }
    for (int c = 0; c < 4; c++) {
      __m128 t = _mm_add_ps(_mm256_castps256_ps128(acc[c]), _mm256_extractf128_ps(acc[c], 1));
      t = _mm_hadd_ps(t, t);
      t = _mm_hadd_ps(t, t);
      out[n0 + c] = _mm_cvtss_f32(t) + offset[c];
    }
  }
}
#endif

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static void report(const char* name, double seconds, const float* got, const float* want) {
  double err = 0, top = 0;
  for (int n = 0; n < N; n++) {
    err = fmax(err, fabs(got[n] - want[n]));
    top = fmax(top, fabs(want[n]));
  }
  printf("%-9s %8.1f us  %6.2f Gweights/s  max error %.1e of the largest output\n", name, seconds * 1e6,
         (double)N * K / seconds / 1e9, err / top);
}

#define BEST(call, seconds)                                           \
  do {                                                                \
    seconds = 1e9;                                                    \
    for (int r = 0; r < 200; r++) {                                   \
      double t0 = now();                                              \
      call;                                                           \
      seconds = fmin(seconds, now() - t0);                            \
    }                                                                 \
  } while (0)

int main(void) {
  static float x[K], d[N * NB], m[N * NB], want[N], got[N], dx[NB], xsum_q[NB], xsum[NB];
  static uint8_t qs[N * K / 2];
  static int16_t xq[K];
  srand(0);
  for (int i = 0; i < K; i++) x[i] = rand() / (float)RAND_MAX - 0.5f;
  for (int i = 0; i < N * K / 2; i++) qs[i] = rand() & 255;
  for (int i = 0; i < N * NB; i++) {
    d[i] = 0.01f * (rand() / (float)RAND_MAX);
    m[i] = -0.08f;
  }
  for (int b = 0; b < NB; b++) {  /* x per block: its int16 codes and scale, its sums */
    float top = 0, sum = 0;
    for (int k = 0; k < 32; k++) top = fmaxf(top, fabsf(x[b * 32 + k]));
    dx[b] = top / 32767;
    int isum = 0;
    for (int k = 0; k < 32; k++) {
      xq[b * 32 + k] = (int16_t)lrintf(x[b * 32 + k] / dx[b]);
      isum += xq[b * 32 + k];
      sum += x[b * 32 + k];
    }
    xsum_q[b] = isum * dx[b];
    xsum[b] = sum;
  }
  double s;
  BEST(gemv_float(want, x, qs, d, m), s);
  report("float", s, want, want);
  BEST(gemv_factored(got, x, xsum, qs, d, m), s);
  report("factored", s, got, want);
#ifdef __AVX2__
  BEST(gemv_int16(got, xq, dx, xsum_q, qs, d, m), s);
  report("int16", s, got, want);
#else
  printf("int16     (needs AVX2)\n");
#endif
  return 0;
}
