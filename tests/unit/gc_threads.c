/* gc_threads.c - the stop-the-world protocol with several threads: each
 * registers, allocates linked structures it verifies afterwards, detaches
 * around sleeps (holding heap pointers only on its stack), triggers
 * collections concurrently, and contends on a WLock.  Run it under
 * BUILD=tsan and BUILD=asan too. */
#include <pthread.h>
#include <sys/wait.h>

#include "gc_test.h"

#define NTHREADS 4
#define ROUNDS 60
#define LEN 5000

static WLock counter_lock;
static long counter;                 /* guarded by counter_lock */
static _Atomic int bad;

static __attribute__((noinline)) Node *build(int64_t tag, int64_t n) {
    Node *head = NULL;
    for (int64_t i = n - 1; i >= 0; i--) {
        Node *x = node_new(head, tag * 1000000 + i);
        if (!x)
            return NULL;
        if (i % 7 == 0) {
            Blob *b = blob_new(i % 3000); /* mixed sizes, some large-ish */
            SET_FIELD(x, x->val, (Value)b);
        }
        head = x;
    }
    return head;
}

static int verify(Node *head, int64_t tag, int64_t n) {
    int64_t i = 0;
    for (Node *x = head; x; x = x->next, i++) {
        if (x->hdr.type != &node_type || x->id != tag * 1000000 + i)
            return 0;
        if (i % 7 == 0) {
            Blob *b = (Blob *)x->val;
            if (!b || b->hdr.type != &blob_type || b->n != i % 3000)
                return 0;
        }
    }
    return i == n;
}

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    int base;
    thread_register(&base);
    Node *keep = build(id * 100 + 99, LEN); /* lives across the whole run */
    for (int r = 0; r < ROUNDS; r++) {
        Node *a = build(id * 100 + r % 50, LEN);
        /* detach with only stack references to `a` and `keep` */
        thread_detach();
        usleep(200 + (r % 5) * 100);
        thread_attach();
        Node *b = build(id * 100 + 50, LEN / 2);
        if (r % 10 == id)
            gc_collect();
        if (!verify(a, id * 100 + r % 50, LEN) || !verify(b, id * 100 + 50, LEN / 2)) {
            fprintf(stderr, "thread %d round %d: structure corrupted\n", id, r);
            atomic_store(&bad, 1);
        }
        for (int k = 0; k < 200; k++) {
            wlock_acquire(&counter_lock);
            counter++;
            if (k % 50 == 0)
                node_new(NULL, k); /* allocate (maybe park) while holding a lock */
            wlock_release(&counter_lock);
        }
        SAFEPOINT();
    }
    if (!verify(keep, id * 100 + 99, LEN)) {
        fprintf(stderr, "thread %d: long-lived structure corrupted\n", id);
        atomic_store(&bad, 1);
    }
    thread_unregister(ts_current);
    return NULL;
}

/* fork() while another thread is attached and running: the child must
 * forget it (thread_after_fork) or its first collection would wait forever. */
static _Atomic int spin_stop, spinning;

static void *spinner(void *arg) {
    int base;
    thread_register(&base);
    atomic_store(&spinning, 1);
    while (!atomic_load(&spin_stop)) {
        node_new(NULL, 1);
        SAFEPOINT();
    }
    thread_unregister(ts_current);
    return NULL;
}

static int test_fork(void) {
    pthread_t th;
    pthread_create(&th, NULL, spinner, NULL);
    while (!atomic_load(&spinning))
        SAFEPOINT();
    pid_t pid = fork();
    if (pid == 0) {
        thread_after_fork();
        Node *x = build(4242, LEN);
        gc_collect();
        _exit(verify(x, 4242, LEN) ? 0 : 1);
    }
    int status = -1;
    thread_detach();
    waitpid(pid, &status, 0);
    thread_attach();
    atomic_store(&spin_stop, 1);
    thread_detach();
    pthread_join(th, NULL);
    thread_attach();
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    gc_set_threshold(100, 10, 10);   /* ~1.2 MiB budget: collect often */
    Node *mine = build(7777, LEN);
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i);
    /* The main thread allocates and collects too, then joins detached. */
    for (int r = 0; r < 20; r++) {
        Node *x = build(8888, LEN);
        if (!verify(x, 8888, LEN))
            atomic_store(&bad, 1);
        if (r % 5 == 0)
            gc_collect();
    }
    thread_detach();
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    thread_attach();
    gc_collect();
    CHECK(verify(mine, 7777, LEN));
    CHECK(!atomic_load(&bad));
    CHECK(counter == (long)NTHREADS * ROUNDS * 200);
    GcStats s;
    gc_get_stats(&s);
    printf("gc_threads: %llu collections, max pause %.2f ms, counter %ld\n",
           (unsigned long long)s.collections, (double)s.max_pause_ns / 1e6, counter);
    CHECK(s.collections > 10);
    CHECK(test_fork());
    if (failures) {
        printf("gc_threads: %d FAILED\n", failures);
        return 1;
    }
    printf("gc_threads: ok\n");
    return 0;
}
