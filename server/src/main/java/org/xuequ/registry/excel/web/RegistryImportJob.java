package org.xuequ.registry.excel.web;

import org.springframework.stereotype.Component;
import org.xuequ.platform.excel.Uploads;
import org.xuequ.platform.jobs.DurableJob;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.registry.excel.RegistryExcel;

/** A registry sheet import as a durable job: any node can run it from the stored upload (it is all or nothing). */
@Component
class RegistryImportJob implements DurableJob<RegistryImportJob.Input> {

    record Input(String kind, String uploadId) {}

    private final RegistryExcel excel;
    private final Uploads uploads;

    RegistryImportJob(RegistryExcel excel, Uploads uploads) {
        this.excel = excel;
        this.uploads = uploads;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Object run(Input input, Jobs.Progress progress) {
        return uploads.readOnce(input.uploadId(), file -> excel.importFile(input.kind(), file, progress));
    }
}
