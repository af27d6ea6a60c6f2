"""Splitting polygons at the antimeridian, shared by the shape scripts in this folder.

Every file in shapes/ keeps longitudes in [-180, 180]: a polygon that crosses 180 degrees is cut
there and its eastern part is stored at negative longitudes, so the app never sees an edge that
spans the whole map.
"""
from osgeo import ogr

ogr.UseExceptions()


def box(west, south, east, north):
    return ogr.CreateGeometryFromWkt(
        f"POLYGON(({west} {south},{east} {south},{east} {north},{west} {north},{west} {south}))")


def wrap_antimeridian(geometry):
    """Splits at 180 E: the part east of it moves by -360 degrees."""
    west = geometry.Intersection(box(-180, -90, 180, 90))
    east = geometry.Intersection(box(180, -90, 540, 90))
    if east.IsEmpty():
        return collect(west)
    shifted = ogr.CreateGeometryFromWkb(east.ExportToWkb())
    shift_lon(shifted)
    return collect(west, shifted)


def shift_lon(g, by=-360.0):
    if g.GetGeometryCount():
        for i in range(g.GetGeometryCount()):
            shift_lon(g.GetGeometryRef(i), by)
        return
    for i in range(g.GetPointCount()):
        g.SetPoint_2D(i, g.GetX(i) + by, g.GetY(i))


def collect(*geometries):
    # No union across the seam: a union would not merge them anyway and GEOS might snap.
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geometries:
        for polygon in polygons(g):
            multi.AddGeometry(polygon)
    return multi


def polygons(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g]
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        out = []
        for i in range(g.GetGeometryCount()):
            out += polygons(g.GetGeometryRef(i))
        return out
    return []  # lines or points left over by an intersection along the seam




def unwrap_ring(ring):
    """Makes a ring's longitudes continuous (no step over 180 degrees); returns None for a ring
    around a pole (such as Antarctica's), which cannot be unwrapped into a closed ring."""
    points = ring.GetPoints()
    out = ogr.Geometry(ogr.wkbLinearRing)
    offset = 0.0
    previous = None
    for x, y, *_ in points:
        if previous is not None:
            step = x + offset - previous
            if step > 180:
                offset -= 360
            elif step < -180:
                offset += 360
        previous = x + offset
        out.AddPoint_2D(x + offset, y)
    first, last = out.GetX(0), out.GetX(out.GetPointCount() - 1)
    if abs(first - last) > 180:
        return None
    return out


def split_polygon(polygon):
    """A polygon whose rings jump across the antimeridian, as a MultiPolygon within [-180, 180]."""
    rings = [polygon.GetGeometryRef(i) for i in range(polygon.GetGeometryCount())]
    if not any(_jumps(r) for r in rings):
        return collect(polygon)
    unwrapped = [unwrap_ring(r) for r in rings]
    if any(r is None for r in unwrapped):
        return collect(polygon)  # a polar ring is closed across the seam on purpose
    shell_lon = _mean_lon(unwrapped[0])
    fixed = ogr.Geometry(ogr.wkbPolygon)
    for ring in unwrapped:
        shift = round((shell_lon - _mean_lon(ring)) / 360.0) * 360.0
        if shift:
            shift_lon(ring, shift)
        fixed.AddGeometry(ring)
    if shell_lon < 0:  # keep the bulk east of -180 before cutting at +180
        shift_lon(fixed, 360.0)
    return wrap_antimeridian(fixed.MakeValid())


def _jumps(ring):
    xs = [p[0] for p in ring.GetPoints()]
    return any(abs(b - a) > 180 for a, b in zip(xs, xs[1:]))


def _mean_lon(ring):
    xs = [p[0] for p in ring.GetPoints()]
    return sum(xs) / len(xs)
