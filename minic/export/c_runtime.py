"""The fixed C text of an exported C project: the worker team, the API header, the example program.

Only the tables (kernel prototypes, memory, launch lists) and the API functions that fill a call's Vars are
generated per model (minic/export/c_target.py); what is here is the same for every export."""

TEAM_H = """\
/* A team of worker threads that runs a kernel's shares on every core (minic export runtime).
 * A parallel kernel takes (core, ncores) and computes its share; team_run runs ncores shares, claimed one at a
 * time from a counter by whichever thread comes first (the caller too), so a launch never waits for a worker
 * that is not running yet. Idle workers spin for a while, then sleep on a condition variable. */
#ifndef MINIC_TEAM_H
#define MINIC_TEAM_H

typedef void (*TeamFn)(const void* ctx, int core, int ncores);
typedef struct Team Team;

/* A team of `threads` threads in all (the caller is one of them); NULL when threads cannot start. */
Team* team_new(int threads);
/* Runs fn(ctx, share, n) for every share of n = the team's threads; returns when all are done. */
void team_run(Team* t, TeamFn fn, const void* ctx);
void team_free(Team* t);

#endif
"""

TEAM_C = """\
#define _POSIX_C_SOURCE 200809L
#include "team.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>

#define SPINS 200000 /* idle loop turns before a worker sleeps */

struct Team {
  int n;
  pthread_t* threads;
  atomic_long gen;     /* bumped once per job */
  atomic_int next;     /* the next share to claim */
  atomic_int pending;  /* shares not finished */
  atomic_int stop;
  TeamFn fn;
  const void* ctx;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int sleepers;
};

static void claim(Team* t) {
  int s;
  while ((s = atomic_fetch_add(&t->next, 1)) < t->n) {
    t->fn(t->ctx, s, t->n);
    atomic_fetch_sub(&t->pending, 1);
  }
}

static void* worker(void* arg) {
  Team* t = arg;
  long seen = 0;
  for (;;) {
    long g;
    int spins = 0;
    while ((g = atomic_load(&t->gen)) == seen) {
      if (++spins < SPINS) continue;
      pthread_mutex_lock(&t->mu);
      t->sleepers++;
      while (atomic_load(&t->gen) == seen && !atomic_load(&t->stop)) pthread_cond_wait(&t->cv, &t->mu);
      t->sleepers--;
      pthread_mutex_unlock(&t->mu);
      spins = 0;
    }
    if (atomic_load(&t->stop)) return NULL;
    seen = g;
    claim(t);
  }
}

Team* team_new(int threads) {
  Team* t = calloc(1, sizeof(Team));
  if (!t) return NULL;
  t->n = threads < 1 ? 1 : threads;
  pthread_mutex_init(&t->mu, NULL);
  pthread_cond_init(&t->cv, NULL);
  t->threads = calloc((size_t)t->n, sizeof(pthread_t));
  for (int i = 1; i < t->n; i++) {
    if (pthread_create(&t->threads[i], NULL, worker, t) != 0) {
      t->n = i; /* run with the threads that started */
      break;
    }
  }
  return t;
}

void team_run(Team* t, TeamFn fn, const void* ctx) {
  if (t->n == 1) {
    fn(ctx, 0, 1);
    return;
  }
  t->fn = fn;
  t->ctx = ctx;
  atomic_store(&t->pending, t->n);
  atomic_store(&t->next, 0); /* the job's fields are in place before this */
  pthread_mutex_lock(&t->mu);
  atomic_fetch_add(&t->gen, 1);
  if (t->sleepers) pthread_cond_broadcast(&t->cv);
  pthread_mutex_unlock(&t->mu);
  claim(t);
  /* a share may still run on a worker that the OS descheduled (a busy machine): let it run */
  for (int spins = 0; atomic_load(&t->pending) > 0; spins++)
    if (spins > 1000) sched_yield();
}

void team_free(Team* t) {
  if (!t) return;
  pthread_mutex_lock(&t->mu);
  atomic_store(&t->stop, 1);
  atomic_fetch_add(&t->gen, 1);
  pthread_cond_broadcast(&t->cv);
  pthread_mutex_unlock(&t->mu);
  for (int i = 1; i < t->n; i++) pthread_join(t->threads[i], NULL);
  pthread_mutex_destroy(&t->mu);
  pthread_cond_destroy(&t->cv);
  free(t->threads);
  free(t);
}
"""

MODEL_H = """\
/* {title}: a GPT-2 compiled by minic, as a C library with no Python at run time.
 *
 * Weights: {weights_file} beside the program (layout in weights.json: a 64-byte header, magic "MINICW1",
 * the file's size and the weight count as little-endian uint64, then each weight at its 64-byte aligned
 * offset). The kernels in kernels/ are the sources minic's C backend generated (`kernel.source` on "C").
 * Threads: MINIC_THREADS in the environment, else every online core. */
#ifndef MINIC_MODEL_H
#define MINIC_MODEL_H

#include <stddef.h>

#define MODEL_VOCAB {vocab}   /* logits per token */
#define MODEL_MAX_CTX {max_ctx} /* positions in the KV cache */
#define MODEL_EOS {eos}     /* the end-of-text id, -1 when the vocabulary has none */

/* A loaded model: its weights, KV cache, scratch memory and worker threads. It runs one call at a time (calls
 * from several threads need a lock around them). */
typedef struct Model Model;

/* Loads the weights file at `path`; NULL on failure, with a message in err (errlen bytes). */
Model* model_load(const char* path, char* err, size_t errlen);

/* Runs ids[0..n) at positions start..start+n-1, filling the KV cache, and writes the last token's logits
 * (MODEL_VOCAB floats) into `logits`. 0 on success, -1 on bad input (message in model_error). */
int model_prefill(Model* m, const int* ids, int n, int start, float* logits);

/* Runs one id at position `pos` (the cache holds positions < pos) and returns the greedy next id (the argmax
 * runs in the kernels), or -1 on bad input (message in model_error). */
int model_decode(Model* m, int id, int pos);

/* The message of the last failed call. */
const char* model_error(const Model* m);

void model_free(Model* m);

#endif
"""

MODEL_RUNTIME_C = """\
/* What every export's model.c shares: loading, memory, running a launch list. */
typedef struct {
  void** mem;
  const int* vars;
} Call;

typedef struct {
  TeamFn fn;
  int parallel;
} Launch;

struct Model {
  void* mem[NMEM];
  unsigned char* file;
  Team* team;
  char err[512];
};

static int fail(Model* m, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(m->err, sizeof m->err, fmt, ap);
  va_end(ap);
  return -1;
}

static void run(Model* m, const Launch* list, int count, const int* vars) {
  Call c = {m->mem, vars};
  for (int i = 0; i < count; i++) {
    if (list[i].parallel)
      team_run(m->team, list[i].fn, &c);
    else
      list[i].fn(&c, 0, 1);
  }
}

static int check_ids(Model* m, const int* ids, int n) {
  for (int i = 0; i < n; i++)
    if (ids[i] < 0 || ids[i] >= MODEL_VOCAB)
      return fail(m, "token id %d at position %d is out of range for the vocabulary of %d tokens", ids[i], i,
                  MODEL_VOCAB);
  return 0;
}

static void* aligned(size_t nbytes) {
  void* p = NULL;
  if (posix_memalign(&p, 64, nbytes < 64 ? 64 : (nbytes + 63) / 64 * 64) != 0) return NULL;
  memset(p, 0, nbytes);
  return p;
}

Model* model_load(const char* path, char* err, size_t errlen) {
  Model* m = calloc(1, sizeof(Model));
  FILE* f = fopen(path, "rb");
  if (!m || !f) {
    snprintf(err, errlen, "cannot open the weights file %s: %s", path, strerror(errno));
    if (f) fclose(f);
    free(m);
    return NULL;
  }
  unsigned char head[WEIGHTS_HEADER];
  uint64_t size = 0, count = 0;
  if (fread(head, 1, WEIGHTS_HEADER, f) == WEIGHTS_HEADER) {
    memcpy(&size, head + 8, 8);
    memcpy(&count, head + 16, 8);
  }
  fseek(f, 0, SEEK_END);
  long actual = ftell(f);
  if (memcmp(head, "MINICW1", 8) != 0 || size != WEIGHTS_BYTES || count != NWEIGHTS || actual != (long)size) {
    snprintf(err, errlen, "%s is not this model's weights file: expected %llu bytes holding %d weights with "
             "magic MINICW1, found %ld bytes (re-run minic export)", path, (unsigned long long)WEIGHTS_BYTES,
             NWEIGHTS, actual);
    fclose(f);
    free(m);
    return NULL;
  }
  m->file = aligned(WEIGHTS_BYTES);
  fseek(f, 0, SEEK_SET);
  if (!m->file || fread(m->file, 1, WEIGHTS_BYTES, f) != WEIGHTS_BYTES) {
    snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
    fclose(f);
    model_free(m);
    return NULL;
  }
  fclose(f);
  for (int i = 0; i < NMEM; i++) {
    m->mem[i] = MEMORY[i].weight ? (void*)(m->file + MEMORY[i].offset) : aligned((size_t)MEMORY[i].nbytes);
    if (!m->mem[i]) {
      snprintf(err, errlen, "out of memory allocating %s (%lld bytes)", MEMORY[i].name, MEMORY[i].nbytes);
      model_free(m);
      return NULL;
    }
  }
  const char* env = getenv("MINIC_THREADS");
  int threads = env ? atoi(env) : (int)sysconf(_SC_NPROCESSORS_ONLN);
  m->team = team_new(threads);
  if (!m->team) {
    snprintf(err, errlen, "cannot start the worker threads");
    model_free(m);
    return NULL;
  }
  return m;
}

const char* model_error(const Model* m) { return m->err; }

void model_free(Model* m) {
  if (!m) return;
  for (int i = 0; i < NMEM; i++)
    if (!MEMORY[i].weight) free(m->mem[i]);
  free(m->file);
  team_free(m->team);
  free(m);
}
"""

GENERATE_C = """\
/* generate: greedy GPT-2 generation from prompt ids, with the exported model (no Python).
 *   generate --prompt-ids 1,2,3 [--max-new-tokens 16] [--weights PATH] [--stats]
 * prints the new ids comma-separated as they come; --stats prints timings to stderr (and runs the prefill
 * once more at the end, to time it warm). */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int usage(const char* msg) {
  fprintf(stderr, "generate: %s\\nusage: generate --prompt-ids 1,2,3 [--max-new-tokens N] [--weights PATH] "
          "[--stats]\\n", msg);
  return 2;
}

static int parse_ids(const char* text, int** ids) {
  int n = 0, cap = 16;
  *ids = malloc(cap * sizeof(int));
  const char* p = text;
  while (*p) {
    char* end;
    long v = strtol(p, &end, 10);
    if (end == p || (*end && *end != ',') || v < INT_MIN || v > INT_MAX) return -1;
    if (n == cap) *ids = realloc(*ids, (cap *= 2) * sizeof(int));
    (*ids)[n++] = (int)v;
    p = *end ? end + 1 : end;
  }
  return n;
}

int main(int argc, char** argv) {
  double t0 = now();
  const char* prompt = NULL;
  const char* weights = NULL;
  int max_new = 16, stats = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--prompt-ids") && i + 1 < argc) prompt = argv[++i];
    else if (!strcmp(argv[i], "--max-new-tokens") && i + 1 < argc) {
      char* end;
      long v = strtol(argv[++i], &end, 10);
      if (end == argv[i] || *end || v < 1 || v > INT_MAX) return usage("--max-new-tokens takes an integer >= 1");
      max_new = (int)v;
    }
    else if (!strcmp(argv[i], "--weights") && i + 1 < argc) weights = argv[++i];
    else if (!strcmp(argv[i], "--stats")) stats = 1;
    else return usage("unknown or incomplete option");
  }
  if (!prompt) return usage("--prompt-ids is required");
  int* ids;
  int n = parse_ids(prompt, &ids);
  if (n <= 0) return usage("--prompt-ids takes comma-separated integers, e.g. 1,2,3");
  if (n > MODEL_MAX_CTX) {
    fprintf(stderr, "generate: the prompt has %d tokens; the context holds %d\\n", n, MODEL_MAX_CTX);
    return 1;
  }
  char path[4096];
  if (!weights) { /* weights.bin beside this program */
    const char* slash = strrchr(argv[0], '/');
    snprintf(path, sizeof path, "%.*s%s", slash ? (int)(slash - argv[0] + 1) : 0, argv[0], "{weights_file}");
    weights = path;
  }
  char err[512];
  Model* m = model_load(weights, err, sizeof err);
  if (!m) {
    fprintf(stderr, "generate: %s\\n", err);
    return 1;
  }
  double t_loaded = now();
  float* logits = malloc(MODEL_VOCAB * sizeof(float));
  if (max_new <= 0) return 0;
  if (model_prefill(m, ids, n, 0, logits) != 0) {
    fprintf(stderr, "generate: %s\\n", model_error(m));
    return 1;
  }
  int tok = 0;
  for (int i = 1; i < MODEL_VOCAB; i++)
    if (logits[i] > logits[tok]) tok = i;
  double t_first = now();
  printf("%d", tok);
  fflush(stdout);
  int made = 1, pos = n, full = 0;
  while (made < max_new && tok != MODEL_EOS) {
    if (pos >= MODEL_MAX_CTX) {
      full = 1;
      printf("\\n");  /* the ids' line ends before the message, which a terminal would put on it */
      fflush(stdout);
      fprintf(stderr, "generate: the context of %d tokens is full: stopped after %d of %d new tokens\\n",
              MODEL_MAX_CTX, made, max_new);
      break;
    }
    tok = model_decode(m, tok, pos++);
    if (tok < 0) {
      fprintf(stderr, "generate: %s\\n", model_error(m));
      return 1;
    }
    printf(",%d", tok);
    fflush(stdout);
    made++;
  }
  if (!full) printf("\\n");
  double t_end = now();
  if (stats) { /* the prefill again, warm (the same ids at the same positions write the same cache rows) */
    double t_again = now();
    model_prefill(m, ids, n, 0, logits);
    fprintf(stderr, "load %.3f s; prefill %d tokens %.1f tok/s (first call %.1f tok/s); first token after %.3f s; "
            "decode %d tokens %.1f tok/s\\n", t_loaded - t0, n, n / (now() - t_again), n / (t_first - t_loaded),
            t_first - t0, made - 1, made > 1 ? (made - 1) / (t_end - t_first) : 0.0);
  }
  model_free(m);
  free(logits);
  free(ids);
  return 0;
}
"""
