/**
 * Kysely types of the parking tables (created by migration 0005_billing, owned here). Code
 * reaches them through `parkingDb()`, which also sees billing's published ledger (the money
 * a card's deposit still holds).
 */
import { moduleDb, type AnyDb } from '../../platform/db/module-db.ts';
import type { BillingReadModel, ParkingRentalsReadModel } from '../billing/index.ts';

export type ParkingRentalsTable = {
  project_id: string;
  rental_id: string;
  customer_id: string;
  unit_id: string;
  space_id: string | null;
  plate: string;
  car_model: string;
  phone: string;
  licence_checked: number;
  fee_code: string;
  start_day: string;
  end_day: string;
  created_at: string;
  created_by: string | null;
};

export type ParkingCardsTable = {
  project_id: string;
  card_id: string;
  card_no: string;
  rental_id: string;
  deposit_id: string;
  issued_at: string;
  issued_by: string | null;
  returned_at: string | null;
  returned_by: string | null;
};

export type ParkingTables = {
  parking_rentals: ParkingRentalsTable;
  parking_cards: ParkingCardsTable;
};

/** Billing's bill run reads parking_rentals through its own declaration of the columns; this fails to compile when the table stops offering them. */
export type RentalsStillReadable =
  ParkingTables extends Pick<ParkingRentalsReadModel, 'parking_rentals'> ? true : never;
export const rentalsStillReadable: RentalsStillReadable = true;

type ParkingView = ParkingTables & BillingReadModel;
export const parkingDb = moduleDb<ParkingView>();
export type PDbOrTrx = AnyDb<ParkingView>;
