/**
 * Governance (学区治理): the bodies that govern a school district — council (学区理事会, five kinds of representative),
 * governance committee (学区治理委员会) with its departments, the bureau's joint meeting (联席会议), party
 * organisations — with quorum rules as data; charters (章程) from the bureau's template, versioned and approved;
 * meetings with agendas, attendance, votes and minutes; resolutions that become tracked actions; annual work plans
 * and heads' annual reports (述职); the district's regular report to the bureau.
 * <p>
 * This root package is the module's API for other modules: the interfaces they implement so that governance can
 * show their objects ({@link org.xuequ.governance.AgendaFindingsSource} for inspectors' findings,
 * {@link org.xuequ.governance.LinkedObjectSource} for what a resolution acts on) and {@link
 * org.xuequ.governance.LinkKind}. Sub-packages: {@code bodies}, {@code charters}, {@code meetings}, {@code actions},
 * {@code workplans}, each with its {@code web}. The REST contract is in API.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance 学区治理",
        allowedDependencies = {"platform", "platform :: *", "registry"})
package org.xuequ.governance;
