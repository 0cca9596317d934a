import { MedusaService } from "@medusajs/framework/utils"
import { TokenRevocation } from "./models/token-revocation"

export default class TokenRevocationModuleService extends MedusaService({ TokenRevocation }) {
  /** From `validAfter` on, only tokens issued at or after it count for this identity. */
  async revokeTokensIssuedBefore(authIdentityId: string, validAfter: Date): Promise<void> {
    const [existing] = await this.listTokenRevocations({ auth_identity_id: authIdentityId })
    if (existing) {
      await this.updateTokenRevocations({ id: existing.id, tokens_valid_after: validAfter })
    } else {
      await this.createTokenRevocations({ auth_identity_id: authIdentityId, tokens_valid_after: validAfter })
    }
  }

  /** When the identity's tokens start to count again, or null when none was ever revoked. */
  async tokensValidAfter(authIdentityId: string): Promise<Date | null> {
    const [existing] = await this.listTokenRevocations({ auth_identity_id: authIdentityId })
    return existing ? new Date(existing.tokens_valid_after) : null
  }
}
