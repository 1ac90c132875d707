/**
 * Cities carry GeoNames admin-1 codes and the admin-1 list is GeoNames' own (same codes), so a city's
 * province is an exact lookup by (country, code). The admin-1 list has no coordinates: a unit is put at
 * the population-weighted centre of its cities (a fair stand-in for the middle of a province); a unit
 * with no city in the data gets its country's position when the gazetteer is opened.
 */
export class Admin1Links {
  /** country code → admin code → unit number (order of `addUnit`). */
  private readonly units = new Map<string, Map<string, number>>();
  private readonly places: number[] = [];
  private readonly given: boolean[] = [];
  private readonly sums: number[] = [];

  /** Registers a unit (its place number); `hasPosition` when its data gave coordinates. */
  addUnit(countryCode: string, code: string, place: number, hasPosition: boolean): void {
    let byCode = this.units.get(countryCode);
    if (byCode === undefined) this.units.set(countryCode, (byCode = new Map()));
    if (byCode.has(code)) return;
    byCode.set(code, this.places.length);
    this.places.push(place);
    this.given.push(hasPosition);
    this.sums.push(0, 0, 0);
  }

  /** The place number of the city's unit (-1 when its code is not in the list); counts the city
   * towards the unit's centre. */
  cityParent(countryCode: string, adminCode: string, lat: number, lon: number, population: number): number {
    const unit = this.units.get(countryCode)?.get(adminCode);
    if (unit === undefined) return -1;
    const w = Math.max(population, 1);
    this.sums[unit * 3] = (this.sums[unit * 3] ?? 0) + lat * w;
    this.sums[unit * 3 + 1] = (this.sums[unit * 3 + 1] ?? 0) + lon * w;
    this.sums[unit * 3 + 2] = (this.sums[unit * 3 + 2] ?? 0) + w;
    return this.places[unit] ?? -1;
  }

  /** Each unit with the weight of its cities (population, at least 1 a city) and, for a unit that came
   * without coordinates, the centre of its cities (null when none points at it). */
  finish(): UnitSummary[] {
    return this.places.map((place, unit) => {
      const w = this.sums[unit * 3 + 2] ?? 0;
      const position: [number, number] | null =
        this.given[unit] || w === 0
          ? null
          : [(this.sums[unit * 3] ?? 0) / w, (this.sums[unit * 3 + 1] ?? 0) / w];
      return { place, weight: w, position };
    });
  }
}

export interface UnitSummary {
  place: number;
  weight: number;
  position: [number, number] | null;
}
