package no.sirkel.company;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Company names for other features' answers (GIS features, exports), under the companies API's rule: a member sees
 * only its own company, planners and admins every company.
 */
@Service
public class CompanyNames {

    private final CompanyRepository companies;

    CompanyNames(CompanyRepository companies) {
        this.companies = companies;
    }

    /** The names of the companies among the ids that the caller may see, by id. */
    public Mono<Map<UUID, String>> visibleTo(Caller caller, Collection<UUID> companyIds) {
        Collection<UUID> visible = caller.role() == Role.MEMBER
                ? companyIds.stream().filter(caller::isMemberOf).toList() : companyIds;
        if (visible.isEmpty()) {
            return Mono.just(Map.of());
        }
        return companies.findByIds(visible).collectMap(Company::id, Company::name);
    }
}
