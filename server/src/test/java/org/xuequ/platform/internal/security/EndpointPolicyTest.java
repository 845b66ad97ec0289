package org.xuequ.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.PublicEndpoint;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;

/** How a declaration is read: method over controller, meta-annotations, nothing means nothing. */
class EndpointPolicyTest {

    @Retention(RetentionPolicy.RUNTIME)
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION},
            scope = ScopeRule.OWN_ACCOUNT)
    @interface CommissionOnly {}

    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    static class Reads {
        void list() {}

        @Permits({Role.COMMISSION})
        void write() {}

        @CommissionOnly
        void viaMetaAnnotation() {}

        @PublicEndpoint("parents look it up")
        void open() {}
    }

    static class Forgotten {
        void anything() {}
    }

    static class Confused {
        @PublicEndpoint("open")
        @Permits({Role.ADMIN})
        void both() {}
    }

    @Test
    void aMethodsOwnDeclarationReplacesItsControllers() throws Exception {
        EndpointPolicy write = policy(Reads.class, "write");
        assertThat(write.allows(Role.COMMISSION)).isTrue();
        assertThat(write.allows(Role.INSPECTOR)).isFalse();
        assertThat(write.allows(Role.ADMIN)).isFalse();
        assertThat(policy(Reads.class, "list").allows(Role.INSPECTOR)).isTrue();
        assertThat(policy(Reads.class, "list").scope()).isEqualTo(ScopeRule.ROWS_IN_SCOPE);
    }

    @Test
    void aModuleCanNameAPolicyWithAMetaAnnotation() throws Exception {
        EndpointPolicy meta = policy(Reads.class, "viaMetaAnnotation");
        assertThat(meta.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.COMMISSION);
        assertThat(meta.scope()).isEqualTo(ScopeRule.OWN_ACCOUNT);
    }

    @Test
    void aPublicEndpointSaysWhy() throws Exception {
        EndpointPolicy open = policy(Reads.class, "open");
        assertThat(open.open()).isTrue();
        assertThat(open.openBecause()).isEqualTo("parents look it up");
    }

    @Test
    void anUndeclaredEndpointHasNoPolicyAndIsRefused() throws Exception {
        assertThat(EndpointPolicy.of(handler(Forgotten.class, "anything"))).isEmpty();
    }

    @Test
    void anEndpointCannotBeBothPublicAndRestricted() {
        assertThatThrownBy(() -> EndpointPolicy.of(handler(Confused.class, "both")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static EndpointPolicy policy(Class<?> type, String method) throws Exception {
        return EndpointPolicy.of(handler(type, method)).orElseThrow();
    }

    private static HandlerMethod handler(Class<?> type, String method) throws Exception {
        return new HandlerMethod(type.getDeclaredConstructor().newInstance(), type.getDeclaredMethod(method));
    }
}
