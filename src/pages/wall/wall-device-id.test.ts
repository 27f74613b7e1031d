import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../../../tests/unit/memory-storage'
import { wallDeviceId } from './wall-device-id'

const contractPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/

describe('wallDeviceId', () => {
  it('makes a random id the contract accepts, once, and keeps it', () => {
    const id = wallDeviceId(localStorage)
    expect(id).toMatch(contractPattern)
    expect(wallDeviceId(localStorage)).toBe(id)
    expect(localStorage.getItem('duban.wallDeviceId')).toBe(id)
  })

  it('replaces a stored value the contract would refuse', () => {
    const storage = memoryStorage()
    storage.setItem('duban.wallDeviceId', 'bad id!')
    expect(wallDeviceId(storage, () => 'fresh-id-0001')).toBe('fresh-id-0001')
  })

  it('still gives an id when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('blocked')
      },
    }
    expect(wallDeviceId(blocked, () => 'page-only-id-1')).toBe('page-only-id-1')
  })
})
