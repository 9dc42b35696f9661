package no.sirkel.company;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sirkel.database.ChangeAnnouncements;
import no.sirkel.database.ChangeAwareCache;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Company names for other features' answers (GIS features, exports), under the companies API's rule: a member sees
 * only its own company, planners and admins every company. Names are kept until a change of their company's row
 * commits ({@link ChangeAwareCache}; the API changes no company, but every update or deletion of one, by SQL say, is
 * announced on channel {@value #CHANNEL} with its id).
 */
@Service
public class CompanyNames {

    static final String CHANNEL = "company_changed";

    /** Companies kept at most; a region has hundreds. */
    private static final int MAX_ENTRIES = 10_000;

    private final CompanyRepository companies;
    private final ChangeAwareCache<UUID, Company> byId;

    CompanyNames(CompanyRepository companies, ChangeAnnouncements announcements) {
        this.companies = companies;
        this.byId = new ChangeAwareCache<>(announcements, CHANNEL, MAX_ENTRIES, Company::id);
    }

    /** The names of the companies among the ids that the caller may see, by id. */
    public Mono<Map<UUID, String>> visibleTo(Caller caller, Collection<UUID> companyIds) {
        Collection<UUID> visible = caller.role() == Role.MEMBER
                ? companyIds.stream().filter(caller::isMemberOf).toList() : companyIds;
        if (visible.isEmpty()) {
            return Mono.just(Map.of());
        }
        return byId.getAll(visible, companies::findByIds, Company::id).map(found -> found.values().stream()
                .collect(Collectors.toMap(Company::id, Company::name)));
    }
}
