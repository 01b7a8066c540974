# raytrace_simple.py -- a tiny recursive ray tracer.
# Exercises: a small Vec class with operator overloading (__add__,
# __sub__, __mul__, __neg__), many short-lived instances, method calls,
# polymorphic dispatch over scene objects (spheres and a checkered plane
# share an `intersect` / `normal_at` / `color_at` interface), float math
# with math.sqrt, recursion for reflections, tuples returned from methods,
# min/max clamping, and int(round(...)) quantisation of the final colours.
#
# Usage: raytrace_simple.py [width]  (default: DEFAULT_SIZE; height = 3/4 of
#                                     width, so work grows like width^2)
import sys
import math

DEFAULT_SIZE = 360
SIZE_KIND = "quadratic"
EPSILON = 1e-7
MAX_DEPTH = 3


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def add(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def mix(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit()

    def color_at(self, point):
        return self.material.color


class CheckerPlane:
    def __init__(self, point, normal, material, other_color):
        self.point = point
        self.normal = normal.unit()
        self.material = material
        self.other_color = other_color

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.material.color
        return self.other_color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def add(self, obj):
        self.objects.append(obj)

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # simple sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.6 + 0.4 * k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = obj.color_at(point)
        result = base.scale(self.ambient)
        for light_pos, light_color in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result.add(base.mix(light_color)
                                    .scale(lambert * mat.diffuse))
                half = (to_light - ray.direction).unit()
                spec = normal.dot(half)
                if spec > 0.0:
                    spec = spec * spec
                    spec = spec * spec
                    spec = spec * spec
                    spec = spec * spec  # ** 16, by repeated squaring
                    result = result.add(light_color.scale(spec * mat.specular))
        if depth < MAX_DEPTH and mat.reflect > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            result = result.add(self.trace(bounce, depth + 1)
                                .scale(mat.reflect))
        return result


def build_scene():
    scene = Scene()
    shiny_red = Material(Color(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)
    matte_green = Material(Color(0.2, 0.8, 0.3), 0.9, 0.1, 0.0)
    mirror = Material(Color(0.9, 0.9, 0.9), 0.2, 0.9, 0.7)
    floor = Material(Color(0.95, 0.95, 0.95), 0.8, 0.0, 0.15)
    scene.add(Sphere(Vec(0.0, 1.0, 5.0), 1.0, shiny_red))
    scene.add(Sphere(Vec(-2.2, 0.7, 6.5), 0.7, matte_green))
    scene.add(Sphere(Vec(2.0, 1.3, 7.0), 1.3, mirror))
    scene.add(Sphere(Vec(0.6, 0.35, 3.4), 0.35, matte_green))
    scene.add(CheckerPlane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor,
                           Color(0.1, 0.1, 0.1)))
    scene.lights.append((Vec(-4.0, 6.0, 1.0), Color(1.0, 1.0, 1.0)))
    scene.lights.append((Vec(5.0, 4.0, 2.0), Color(0.4, 0.4, 0.5)))
    return scene


def quantize(v):
    if v < 0.0:
        v = 0.0
    elif v > 1.0:
        v = 1.0
    return int(round(v * 255.0))


def render(scene, width, height):
    eye = Vec(0.0, 1.5, -1.0)
    aspect = width / height
    checksum = 0
    histogram = [0] * 8
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            ray = Ray(eye, Vec(x, y - 0.25, 1.5))
            c = scene.trace(ray, 0)
            r = quantize(c.r)
            g = quantize(c.g)
            b = quantize(c.b)
            checksum = (checksum * 1000003 + (r << 16 | g << 8 | b)) \
                % 4294967291
            histogram[(r + g + b) * 8 // 766] += 1
    return checksum, histogram


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    height = width * 3 // 4
    checksum, histogram = render(build_scene(), width, height)
    print("raytrace_simple %dx%d" % (width, height))
    print("checksum: %d" % checksum)
    print("brightness histogram: %s" % " ".join(str(h) for h in histogram))


main()
