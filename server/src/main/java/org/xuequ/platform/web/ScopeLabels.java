package org.xuequ.platform.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeDirectory;

/** "西城区", "长安街学区、新街口学区", "北京市第一小学": the human name of a scope. */
@Component
class ScopeLabels {

    private final ScopeDirectory directory;
    private final MessageSource messages;

    ScopeLabels(ScopeDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    ScopeView view(DataScope scope) {
        return ScopeView.of(scope, label(scope));
    }

    private String label(DataScope scope) {
        if (scope instanceof DataScope.Region region) {
            return directory.nameOfRegion(region.regionCode()).orElse(region.regionCode());
        }
        if (scope instanceof DataScope.Districts districts) {
            List<String> names = districts.districtIds().stream()
                    .sorted()
                    .map(id -> directory.nameOfDistrict(id).orElse("#" + id))
                    .toList();
            return String.join("、", names);
        }
        if (scope instanceof DataScope.Unit unit) {
            return directory.nameOfUnit(unit.unitId()).orElse("#" + unit.unitId());
        }
        return messages.getMessage("scope.all", null, "全部", LocaleContextHolder.getLocale());
    }
}
