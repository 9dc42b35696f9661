package no.sirkel.security;

import java.util.Arrays;
import java.util.UUID;

import no.sirkel.web.ApiException;

/**
 * Who is calling: the token's role and, for members, their company. Controllers take it as a parameter; the checks
 * here are the one place ownership rules live.
 *
 * @param tokenId   the token the caller presented (recorded as the actor of state changes)
 * @param role      the token's role
 * @param companyId the member's company; null for ADMIN and PLANNER
 */
public record Caller(UUID tokenId, Role role, UUID companyId) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isPlanner() {
        return role == Role.PLANNER;
    }

    public boolean isMemberOf(UUID company) {
        return role == Role.MEMBER && companyId.equals(company);
    }

    /** Refuses (403) unless the caller has one of the roles. */
    public void requireRole(Role... roles) {
        if (Arrays.stream(roles).noneMatch(allowed -> allowed == role)) {
            throw ApiException.forbidden("auth.roleNeeded", Arrays.toString(roles), role);
        }
    }

    /** Whether the caller may write data owned by the company: an admin, or a member of that company. */
    public boolean canWriteFor(UUID ownerCompanyId) {
        return isAdmin() || isMemberOf(ownerCompanyId);
    }

    /** Refuses (403) unless the caller may write data owned by the company. */
    public void requireWriteFor(UUID ownerCompanyId) {
        if (!canWriteFor(ownerCompanyId)) {
            throw ApiException.forbidden("auth.otherCompany");
        }
    }
}
