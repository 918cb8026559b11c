package io.github.bbbjakarta.cdi;

/**
 * Picks the server of a tenant or course at run time, for a multi-tenant LMS whose tenants (schools, faculties)
 * have servers of their own. Implement it as a CDI bean (e.g. {@code @ApplicationScoped}); {@link BbbServers} and
 * bbb-lms-integration call it on every request, so keep it fast (a map, a cached lookup). Without such a bean the
 * tenants listed in {@code bbb.servers.<name>.tenants} go to that server and all others to the default server.
 * <pre>{@code
 * @ApplicationScoped
 * public class FacultyServers implements ServerSelector {
 *     public String serverFor(String tenant, String courseId) {
 *         return courseId.startsWith("MED-") ? "medicine" : BbbServer.DEFAULT;
 *     }
 * }
 * }</pre>
 */
public interface ServerSelector {
    /**
     * The server of a course.
     *
     * @param tenant   the LMS tenant (site, school), as the LMS names it; never null, may be empty
     * @param courseId the course; never null, may be empty when only the tenant is known
     * @return {@link BbbServer#DEFAULT} or a name configured under {@code bbb.servers}
     */
    String serverFor(String tenant, String courseId);
}
