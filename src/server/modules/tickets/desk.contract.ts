/**
 * The HTTP contract of the front desk's helpers around tickets (desk-routes.ts): phrases and
 * the greeting (PHR-1), the taboo check, notifications, the paid-service prices (REP-3) and a
 * department's members. Pure zod (the browser imports it).
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { JsonObjectSchema } from '../../platform/http/json-value.ts';

export const TabooHitSchema = z
  .object({ phrase: z.string(), alternativeZh: z.string(), alternativeEn: z.string() })
  .openapi('TabooHit');

export const PhrasesSchema = z
  .object({
    greetingZh: z.string(),
    greetingEn: z.string(),
    groups: z.array(
      z.object({
        group: z.string(),
        phrases: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string() })),
      }),
    ),
    taboo: z.array(TabooHitSchema),
  })
  .openapi('DeskPhrases');
export type PhrasesDto = z.infer<typeof PhrasesSchema>;

export const CheckReplyBody = z.strictObject({ text: z.string().max(4000) }).openapi('CheckReply');

export const NotificationsQuery = z.strictObject({ unread: z.enum(['1', '0']).optional() });
export const NotificationSchema = z
  .object({
    notificationId: z.string(),
    kind: z.string(),
    ticketId: z.string().nullable(),
    number: z.string().nullable(),
    params: JsonObjectSchema,
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');
export type NotificationDto = z.infer<typeof NotificationSchema>;
export const MarkReadBody = z
  .strictObject({ ids: z.array(z.uuid()).max(500) })
  .openapi('MarkNotificationsRead');

export const PricesQuery = z.strictObject({ all: z.enum(['1', '0']).optional() });
export const PriceSchema = z
  .object({
    priceId: z.string(),
    name: z.string(),
    unit: z.string(),
    priceFen: z.number(),
    active: z.boolean(),
  })
  .openapi('ServicePrice');
export type PriceDto = z.infer<typeof PriceSchema>;
export const CreatePriceBody = z
  .strictObject({
    name: singleLineText(100),
    unit: singleLineText(20),
    priceFen: z.number().int().min(0).max(100_000_000),
  })
  .openapi('CreateServicePrice');

export const DepartmentMemberSchema = z
  .object({ userId: z.string(), name: z.string(), openTickets: z.number() })
  .openapi('DepartmentMember');
export type DepartmentMemberDto = z.infer<typeof DepartmentMemberSchema>;
