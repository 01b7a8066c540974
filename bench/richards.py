# richards.py -- an object-oriented operating-system scheduler simulation
# in the spirit of Martin Richards' classic benchmark.
# Exercises: classes and single inheritance, method calls (including calls
# of overridden methods through the base class), attribute reads and
# writes on instances, instance attributes holding other instances
# (linked lists), `is None` tests, boolean flags, small-int bit twiddling,
# lists used as tables indexed by task id.
#
# Six tasks share one scheduler: an idle task that periodically releases
# the two device tasks, a worker that fills work packets, two handlers that
# pass work data one item at a time to their device, and two devices that
# bounce packets back.  Tasks communicate only by queueing packets, and the
# scheduler always runs the first runnable task in its task list.
#
# Usage: richards.py [rounds]      (default: DEFAULT_SIZE rounds)
import sys

DEFAULT_SIZE = 450
SIZE_KIND = "linear"
IDLE_COUNT = 1000

# Task identifiers (indexes into Scheduler.tasks).
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

# Packet kinds.
DEVICE_PACKET = 0
WORK_PACKET = 1

PAYLOAD_SIZE = 4


class Packet:
    def __init__(self, link, peer, kind):
        self.link = link      # next packet in a queue
        self.peer = peer      # destination when queued, then the sender
        self.kind = kind
        self.datum = 0
        self.payload = [0] * PAYLOAD_SIZE

    def append_to(self, head):
        """Append self to the queue starting at `head`; return the new head."""
        self.link = None
        if head is None:
            return self
        last = head
        while last.link is not None:
            last = last.link
        last.link = self
        return head


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None   # has queued packets
        self.waiting = False               # blocked until a packet arrives
        self.held = False                  # blocked until released
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.pending = self.queue is not None
        return packet

    def receive(self, packet, sender):
        """Queue `packet` for this task; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > sender.priority:
                return self
            return sender
        self.queue = packet.append_to(self.queue)
        return sender

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.seed = 1
        self.count = count

    def run(self, packet):
        sched = self.scheduler
        self.count -= 1
        if self.count == 0:
            return sched.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        sched = self.scheduler
        if packet is None:
            return sched.wait_current()
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        packet.peer = self.target
        packet.datum = 0
        payload = packet.payload
        for i in range(PAYLOAD_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            payload[i] = 64 + self.letter
        return sched.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        sched = self.scheduler
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            index = work.datum
            if index < PAYLOAD_SIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.payload[index]
                    work.datum = index + 1
                    return sched.send(dev)
            else:
                self.work_in = work.link
                return sched.send(work)
        return sched.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.holding = None

    def run(self, packet):
        sched = self.scheduler
        if packet is None:
            held = self.holding
            if held is None:
                return sched.wait_current()
            self.holding = None
            return sched.send(held)
        sched.checksum = (sched.checksum * 31 + packet.datum) % 1000003
        self.holding = packet
        return sched.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    # -- operations available to the running task -------------------------
    def hold_current(self):
        self.hold_count += 1
        cur = self.current
        cur.held = True
        return cur.link

    def wait_current(self):
        cur = self.current
        cur.waiting = True
        return cur

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.peer]
        self.queue_count += 1
        packet.link = None
        packet.peer = self.current.ident
        return target.receive(packet, self.current)

    # -- main loop --------------------------------------------------------
    def run(self):
        task = self.task_list
        while task is not None:
            if task.blocked():
                task = task.link
                continue
            packet = None
            if task.waiting:
                # waiting with a packet pending: wake up with the packet
                task.waiting = False
                packet = task.take_packet()
            self.current = task
            task = task.run(packet)


def make_scheduler(idle_count):
    sched = Scheduler()
    IdleTask(sched, IDLE, 0, None, idle_count)

    work = Packet(None, WORKER, WORK_PACKET)
    work = Packet(work, WORKER, WORK_PACKET)
    worker = WorkerTask(sched, WORKER, 1000, work)
    worker.waiting = True

    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A),
                             (HANDLER_B, 3000, DEVICE_B)):
        q = Packet(None, dev, DEVICE_PACKET)
        q = Packet(q, dev, DEVICE_PACKET)
        q = Packet(q, dev, DEVICE_PACKET)
        handler = HandlerTask(sched, ident, prio, q)
        handler.waiting = True

    for ident, prio in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        device = DeviceTask(sched, ident, prio, None)
        device.waiting = True
    return sched


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total_queue = 0
    total_hold = 0
    digest = 0
    for r in range(rounds):
        sched = make_scheduler(IDLE_COUNT + r)
        sched.run()
        total_queue += sched.queue_count
        total_hold += sched.hold_count
        digest = (digest * 7 + sched.checksum) % 1000000007
    print("richards rounds=%d" % rounds)
    print("queued packets: %d" % total_queue)
    print("hold count: %d" % total_hold)
    print("device digest: %d" % digest)


main()
