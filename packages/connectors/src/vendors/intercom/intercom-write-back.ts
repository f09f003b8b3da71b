/**
 * Writes a reading back to an Intercom conversation. Intercom tags are referenced by id: `POST /tags`
 * creates a tag or returns the existing one, then it is attached as the configured admin; removal
 * looks the tag up by name and detaches it (one not attached is already removed). Priority goes to a
 * conversation data attribute, since the documented update body has no priority; the note, the one
 * write a retry would repeat, goes last.
 */
import type { ConnectorContext, WriteBackChange } from '../../vendor-adapter.js'
import { readingVendorAnswers, requiredOption, vendorJson, vendorWrite } from '../http-failure.js'
import { markedNoteHtml } from '../own-note.js'
import { fields, id, list, optionalFields, optionalString } from '../payload-fields.js'
import { intercomRequest } from './intercom-api.js'
import { INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE } from './intercom-spec.js'

/** The id of tag `name`, created when it does not exist yet. */
async function ensureTag(context: ConnectorContext, name: string): Promise<string> {
  return readingVendorAnswers('intercom: create tag', async () => {
    const tag = fields(await vendorJson(context.fetch, intercomRequest(context, 'POST', '/tags', { name }), 'intercom: create tag'), 'the tag')
    return id(tag['id'], 'tag.id')
  })
}

/** Tag ids by name, for the tags that exist. */
async function existingTags(context: ConnectorContext): Promise<Map<string, string>> {
  return readingVendorAnswers('intercom: list tags', async () => {
    const answer = fields(await vendorJson(context.fetch, intercomRequest(context, 'GET', '/tags'), 'intercom: list tags'), 'the tag list')
    const byName = new Map<string, string>()
    for (const item of list(answer['data'] ?? answer['tags'] ?? [], 'tags')) {
      const tag = optionalFields(item)
      const name = optionalString(tag?.['name'], 'tag.name')
      if (tag !== undefined && name !== undefined) byName.set(name, id(tag['id'], 'tag.id'))
    }
    return byName
  })
}

/** Applies `change` to conversation `conversationId` as the configured admin; throws `VendorHttpError` when a call fails. */
export async function intercomWriteBack(context: ConnectorContext, conversationId: string, change: WriteBackChange): Promise<void> {
  const adminId = requiredOption(context, 'adminId', 'intercom')
  const path = `/conversations/${encodeURIComponent(conversationId)}`
  for (const name of change.addTags) {
    const tagId = await ensureTag(context, name)
    await vendorWrite(context.fetch, intercomRequest(context, 'POST', `${path}/tags`, { id: tagId, admin_id: adminId }), 'intercom: tag conversation')
  }
  if (change.removeTags.length > 0) {
    const tags = await existingTags(context)
    for (const name of change.removeTags) {
      const tagId = tags.get(name)
      if (tagId === undefined) continue
      await vendorWrite(context.fetch, intercomRequest(context, 'DELETE', `${path}/tags/${encodeURIComponent(tagId)}`, { admin_id: adminId }), 'intercom: untag conversation', [404])
    }
  }
  const attribute = context.settings['priorityAttribute'] ?? INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE
  if (change.priority !== undefined && attribute !== '') {
    await vendorWrite(context.fetch, intercomRequest(context, 'PUT', path, { custom_attributes: { [attribute]: change.priority } }), 'intercom: set priority')
  }
  if (change.note !== undefined) {
    const note = { message_type: 'note', type: 'admin', admin_id: adminId, body: markedNoteHtml(change.note) }
    await vendorWrite(context.fetch, intercomRequest(context, 'POST', `${path}/reply`, note), 'intercom: add note')
  }
}
