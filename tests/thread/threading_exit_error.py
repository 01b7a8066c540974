# The main thread dies with an uncaught exception: its traceback is printed,
# then the process still waits for the non-daemon thread; exit status 1.
import threading

def after():
    threading.main_thread().join()
    print("non-daemon thread finished after the main thread's error")

threading.Thread(target=after).start()
threading.Thread(target=threading.Event().wait, daemon=True).start()
print("main raising")
raise ValueError("main failed")
