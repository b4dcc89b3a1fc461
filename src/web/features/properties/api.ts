/**
 * Queries and writes of the property structure. Every key starts with ['property', projectId]
 * so a live 'property.*' event (app/live-events.ts) refreshes all of them at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from '../../app/api.ts';
import type { Building, FloorsOfBuilding, ParkingArea, ParkingSpace, UnitDetail } from '../../app/types.ts';
import type { BuildingPlanInput } from '../../../server/modules/properties/rules.ts';

export const propertyKeys = {
  all: (pid: string) => ['property', pid] as const,
  buildings: (pid: string) => ['property', pid, 'buildings'] as const,
  floors: (pid: string, bid: string) => ['property', pid, 'floors', bid] as const,
  unit: (pid: string, uid: string) => ['property', pid, 'unit', uid] as const,
  areas: (pid: string) => ['property', pid, 'parking-areas'] as const,
  spaces: (pid: string, aid: string) => ['property', pid, 'spaces', aid] as const,
};

export const floorsQuery = (pid: string, bid: string) => ({
  queryKey: propertyKeys.floors(pid, bid),
  queryFn: () => get<FloorsOfBuilding>(`/api/projects/${pid}/buildings/${bid}/floors`),
});

export function useBuildings(pid: string) {
  return useQuery({
    queryKey: propertyKeys.buildings(pid),
    queryFn: () => get<Building[]>(`/api/projects/${pid}/buildings`),
  });
}

export function useFloors(pid: string, bid: string | null) {
  return useQuery({ ...floorsQuery(pid, bid ?? ''), enabled: !!bid });
}

export function useUnit(pid: string, uid: string | null) {
  return useQuery({
    queryKey: propertyKeys.unit(pid, uid ?? ''),
    queryFn: () => get<UnitDetail>(`/api/projects/${pid}/units/${uid}`),
    enabled: !!uid,
  });
}

export function useParkingAreas(pid: string) {
  return useQuery({
    queryKey: propertyKeys.areas(pid),
    queryFn: () => get<ParkingArea[]>(`/api/projects/${pid}/parking-areas`),
  });
}

export function useSpaces(pid: string, aid: string | null) {
  return useQuery({
    queryKey: propertyKeys.spaces(pid, aid ?? ''),
    queryFn: () => get<ParkingSpace[]>(`/api/projects/${pid}/parking-areas/${aid}/spaces`),
    enabled: !!aid,
  });
}

export type CreateBuildingInput = Omit<BuildingPlanInput, 'segments'> & {
  name: string;
  kind: string;
  ownerParty: string;
  managingParty: string;
  segments: BuildingPlanInput['segments'];
};

export interface UnitPatch {
  version: number;
  code?: string;
  buildingAreaM2?: number;
  innerAreaM2?: number;
  use?: string;
  note?: string;
}

export interface BuildingPatch {
  version: number;
  name?: string;
  kind?: string;
  ownerParty?: string;
  managingParty?: string;
}

export interface SpacesInput {
  count: number;
  prefix: string;
  start: number;
  width: number;
  kind: string;
}

/** Writes; each refreshes the project's property queries once the server has answered. */
export function usePropertyWrites(pid: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: propertyKeys.all(pid) });
  return {
    async createBuilding(input: CreateBuildingInput): Promise<Building> {
      const b = await post<Building>(`/api/projects/${pid}/buildings`, input);
      await refresh();
      return b;
    },
    async updateBuilding(bid: string, input: BuildingPatch): Promise<Building> {
      const b = await patch<Building>(`/api/projects/${pid}/buildings/${bid}`, input);
      await refresh();
      return b;
    },
    async updateUnit(uid: string, input: UnitPatch): Promise<UnitDetail> {
      const u = await patch<UnitDetail>(`/api/projects/${pid}/units/${uid}`, input);
      qc.setQueryData(propertyKeys.unit(pid, uid), u);
      await refresh();
      return u;
    },
    async createArea(input: {
      code: string;
      name: string;
      kind: string;
      spaces?: SpacesInput;
    }): Promise<ParkingArea> {
      const a = await post<ParkingArea>(`/api/projects/${pid}/parking-areas`, input);
      await refresh();
      return a;
    },
    async addSpaces(aid: string, input: SpacesInput): Promise<ParkingSpace[]> {
      const s = await post<ParkingSpace[]>(`/api/projects/${pid}/parking-areas/${aid}/spaces`, input);
      await refresh();
      return s;
    },
    async setSpaceStatus(spaceId: string, status: 'available' | 'disabled'): Promise<ParkingSpace> {
      const s = await patch<ParkingSpace>(`/api/projects/${pid}/parking-spaces/${spaceId}`, { status });
      await refresh();
      return s;
    },
  };
}
