package com.ssprviewer.store.api;

import com.ssprviewer.model.UserRegistration;

/**
 * One user of a registration snapshot.
 *
 * @param person       the store's id of the person, the same in every snapshot (by object id, else by user
 *                     principal name)
 * @param registration the state; its names are those of the newest snapshot that lists the person, and its time is
 *                     not kept (the snapshot's day stands for it)
 */
public record SnapshotUser(int person, UserRegistration registration) {
}
