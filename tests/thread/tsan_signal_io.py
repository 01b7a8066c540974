# A blocking read on the main thread is interrupted by a signal: the Python
# handler runs (in the main thread, between the retried reads); if it
# raises, the read raises; if it returns, the read goes on and gets the data
# written later.  Other threads collect garbage meanwhile.
import gc
import os
import signal
import threading
import time

seen = []


class Stop(Exception):
    pass


def raising(signum, frame):
    seen.append("raising")
    raise Stop("from the handler")


def quiet(signum, frame):
    seen.append("quiet")


def poke(main_id, delay, data_fd=None):
    time.sleep(delay)
    signal.pthread_kill(main_id, signal.SIGUSR1)
    if data_fd is not None:
        time.sleep(delay)
        os.write(data_fd, b"payload\n")


def collector(stop):
    while not stop.is_set():
        gc.collect()
        time.sleep(0.005)


def main():
    r, w = os.pipe()
    f = open(r, "rb")
    stop = threading.Event()
    c = threading.Thread(target=collector, args=(stop,))
    c.start()
    main_id = threading.get_ident()

    signal.signal(signal.SIGUSR1, raising)
    t = threading.Thread(target=poke, args=(main_id, 0.1))
    t.start()
    try:
        f.readline()
        print("no exception")
    except Stop as e:
        print("readline raised", type(e).__name__, e)
    t.join()

    signal.signal(signal.SIGUSR1, quiet)
    t = threading.Thread(target=poke, args=(main_id, 0.1, w))
    t.start()
    print("readline got", f.readline())
    t.join()

    stop.set()
    c.join()
    os.close(w)
    f.close()
    print(seen)


main()
