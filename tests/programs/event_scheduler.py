# A discrete-event simulation of a small bank queue with a sorted event list.
import random
random.seed(2718)
class Event:
    seq = 0
    def __init__(self, time, kind, customer):
        Event.seq += 1
        self.time, self.kind, self.customer, self.seq = time, kind, customer, Event.seq
    def key(self):
        return (self.time, self.seq)
class Simulation:
    def __init__(self, tellers):
        self.events = []
        self.now = 0
        self.free = tellers
        self.queue = []
        self.log = []
        self.waits = []
        self.arrived = {}
    def schedule(self, delay, kind, customer):
        ev = Event(self.now + delay, kind, customer)
        i = len(self.events)
        while i > 0 and self.events[i - 1].key() > ev.key():
            i -= 1
        self.events.insert(i, ev)
    def run(self):
        while self.events:
            ev = self.events.pop(0)
            self.now = ev.time
            getattr(self, 'on_' + ev.kind)(ev.customer)
    def on_arrive(self, c):
        self.arrived[c] = self.now
        self.log.append('%3d: customer %d arrives (queue %d)' % (self.now, c, len(self.queue)))
        if self.free:
            self.start_service(c)
        else:
            self.queue.append(c)
    def start_service(self, c):
        self.free -= 1
        self.waits.append(self.now - self.arrived[c])
        self.schedule(random.randint(3, 9), 'depart', c)
    def on_depart(self, c):
        self.log.append('%3d: customer %d leaves' % (self.now, c))
        self.free += 1
        if self.queue:
            self.start_service(self.queue.pop(0))
sim = Simulation(tellers=2)
t = 0
for c in range(1, 13):
    t += random.randint(0, 4)
    sim.schedule(t, 'arrive', c)
sim.run()
print('\n'.join(sim.log))
print('waits', sim.waits)
print('max wait', max(sim.waits), 'total', sum(sim.waits), 'end time', sim.now)
