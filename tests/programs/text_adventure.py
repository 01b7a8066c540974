# A text-adventure state machine driven by a scripted list of commands.
ROOMS = {
    'hall': {'desc': 'A dusty hall.', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'Shelves of old books.', 'exits': {'south': 'hall'}, 'items': ['key', 'book']},
    'kitchen': {'desc': 'A cold kitchen.', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'Dark and damp.', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}

class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.moves = 0
        self.state = 'playing'
    def say(self, msg):
        print('  ' + msg)
    def do(self, command):
        print('> ' + command)
        words = command.lower().split()
        if not words:
            return self.say('Say something.')
        verb, rest = words[0], words[1:]
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return self.say("I don't know how to '%s'." % verb)
        self.moves += 1
        handler(*rest)
    def cmd_look(self):
        r = ROOMS[self.room]
        self.say(r['desc'] + ' Exits: ' + ', '.join(sorted(r['exits'])) + '.')
        if r['items']:
            self.say('You see: ' + ', '.join(r['items']) + '.')
    def cmd_go(self, direction=None):
        r = ROOMS[self.room]
        if direction not in r['exits']:
            return self.say("You can't go that way.")
        target = r['exits'][direction]
        if ROOMS[target].get('locked') and 'key' not in self.inventory:
            return self.say('The way is locked.')
        if ROOMS[target].get('locked') and 'lamp' not in self.inventory:
            return self.say('It is too dark to enter.')
        self.room = target
        self.cmd_look()
    def cmd_take(self, item=None):
        items = ROOMS[self.room]['items']
        if item not in items:
            return self.say('There is no %s here.' % item)
        items.remove(item)
        self.inventory.append(item)
        self.say('Taken: %s.' % item)
        if item == 'treasure':
            self.state = 'won'
    def cmd_inventory(self):
        self.say('You carry: ' + (', '.join(self.inventory) or 'nothing') + '.')
    def cmd_drop(self, item=None):
        if item not in self.inventory:
            return self.say("You don't have that.")
        self.inventory.remove(item)
        ROOMS[self.room]['items'].append(item)
        self.say('Dropped.')

script = ['look', 'take lamp', 'go east', 'go down', 'go west', 'go north', 'take key', 'take sword',
          'dance', 'inventory', 'drop book', 'go south', 'go east', 'go down', 'take treasure', '']
game = Game()
for cmd in script:
    game.do(cmd)
    if game.state == 'won':
        print('*** You won in %d moves! ***' % game.moves)
        break
print('inventory:', game.inventory, 'room:', game.room)
