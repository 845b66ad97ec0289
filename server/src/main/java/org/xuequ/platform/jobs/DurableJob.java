package org.xuequ.platform.jobs;

/**
 * Work that any node can run from a stored input (see {@link Jobs#submit}): a Spring bean, so that the node that
 * picks the job up finds it by class. It runs as the submitting user and may run again after a node stopped, so it
 * must be all or nothing.
 *
 * @param <I> the input, written and read as JSON (a record of ids and values, never an entity)
 */
public interface DurableJob<I> {

    Class<I> inputType();

    /** Does the work; the value returned becomes the job's result (as JSON). */
    Object run(I input, Jobs.Progress progress);
}
